namespace Suite.Playbooks.Categories;

/// <summary>
/// A user's own group of runs and playbooks in the Playbooks sidebar, per team, as the plugin's <c>Category</c>. The one
/// named <see cref="FavoriteName"/> holds the user's favourites. A Marten document; deleted ones stay, marked.
/// </summary>
public sealed class Category
{
    public const string FavoriteName = "Favorite";

    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string TeamId { get; set; } = "";

    public string UserId { get; set; } = "";

    public bool Collapsed { get; set; }

    public long CreateAt { get; set; }

    public long UpdateAt { get; set; }

    public long DeleteAt { get; set; }

    public List<CategoryItem> Items { get; set; } = [];
}

/// <summary>A run (<c>r</c>) or playbook (<c>p</c>) in a category; its name and visibility are read when listed, never stored.</summary>
public sealed class CategoryItem
{
    public string ItemId { get; set; } = "";

    public string Type { get; set; } = "";

    public string Name { get; set; } = "";

    public bool Public { get; set; }
}

public static class CategoryItemTypes
{
    public const string Playbook = "p";
    public const string Run = "r";

    public static bool IsKnown(string type) => type is Playbook or Run;
}
