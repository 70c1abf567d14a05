using System.Text.Json.Serialization;

namespace Suite.Boards.Categories;

/// <summary>
/// A sidebar category of one user in one team, with its boards in display order, as Focalboard's
/// <c>CategoryBoards</c> (note its <c>userID</c>/<c>teamID</c>/<c>boardID</c> spellings).
/// </summary>
public sealed class CategoryBoards
{
    public const string System = "system";
    public const string Custom = "custom";

    /// <summary>The name of every user's default category, where boards without a category go.</summary>
    public const string DefaultName = "Boards";

    /// <summary>Focalboard's gap between consecutive <see cref="SortOrder"/> values.</summary>
    public const int SortOrderGap = 10;

    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    [JsonPropertyName("userID")]
    public string UserId { get; set; } = "";

    [JsonPropertyName("teamID")]
    public string TeamId { get; set; } = "";

    public long CreateAt { get; set; }

    public long UpdateAt { get; set; }

    public long DeleteAt { get; set; }

    public bool Collapsed { get; set; }

    public int SortOrder { get; set; }

    /// <summary>How the client sorts the boards (<c>""</c>, <c>manual</c>, <c>alphabetical</c>, <c>recent</c>); kept as sent.</summary>
    public string Sorting { get; set; } = "";

    /// <summary><see cref="System"/> (the default category) or <see cref="Custom"/>.</summary>
    public string Type { get; set; } = Custom;

    public List<CategoryBoardMetadata> BoardMetadata { get; set; } = [];
}

/// <summary>A board in a category, hidden or not.</summary>
public sealed class CategoryBoardMetadata
{
    [JsonPropertyName("boardID")]
    public string BoardId { get; set; } = "";

    public bool Hidden { get; set; }
}

/// <summary>Every category of one user in one team: one Marten document, so moves and reorders change it at once.</summary>
public sealed class UserCategories
{
    /// <summary><c>{userId}_{teamId}</c>.</summary>
    public string Id { get; set; } = "";

    public string UserId { get; set; } = "";

    public string TeamId { get; set; } = "";

    public List<CategoryBoards> Categories { get; set; } = [];

    public static string IdOf(string userId, string teamId) => $"{userId}_{teamId}";
}
