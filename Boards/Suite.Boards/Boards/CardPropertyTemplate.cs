namespace Suite.Boards.Boards;

/// <summary>A card property a board defines (Focalboard's <c>IPropertyTemplate</c>): cards store its value under <see cref="Id"/>.</summary>
public sealed class CardPropertyTemplate
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>One of <see cref="PropertyTypes.All"/>.</summary>
    public string Type { get; set; } = PropertyTypes.Text;

    public List<PropertyOption> Options { get; set; } = [];
}

/// <summary>A choice of a select or multi-select property.</summary>
public sealed class PropertyOption
{
    public string Id { get; set; } = "";

    public string Value { get; set; } = "";

    /// <summary>One of <see cref="PropertyTypes.Colors"/>.</summary>
    public string Color { get; set; } = PropertyTypes.DefaultColor;
}
