namespace Suite.Boards.Boards;

/// <summary>Focalboard's property types (<c>PropertyTypeEnum</c>) and option colours.</summary>
internal static class PropertyTypes
{
    public const string Text = "text";
    public const string Number = "number";
    public const string Select = "select";
    public const string MultiSelect = "multiSelect";
    public const string Date = "date";
    public const string Person = "person";
    public const string MultiPerson = "multiPerson";
    public const string File = "file";
    public const string Checkbox = "checkbox";
    public const string Url = "url";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string CreatedTime = "createdTime";
    public const string CreatedBy = "createdBy";
    public const string UpdatedTime = "updatedTime";
    public const string UpdatedBy = "updatedBy";
    public const string Unknown = "unknown";

    public const string DefaultColor = "propColorDefault";

    public static readonly HashSet<string> All =
        [Text, Number, Select, MultiSelect, Date, Person, MultiPerson, File, Checkbox, Url, Email, Phone, CreatedTime, CreatedBy, UpdatedTime, UpdatedBy, Unknown];

    /// <summary>Types whose value the server computes from the card itself; a card never stores one.</summary>
    public static readonly HashSet<string> Computed = [CreatedTime, CreatedBy, UpdatedTime, UpdatedBy];

    public static readonly HashSet<string> WithOptions = [Select, MultiSelect];

    public static readonly HashSet<string> Colors =
    [
        DefaultColor, "propColorGray", "propColorBrown", "propColorOrange", "propColorYellow",
        "propColorGreen", "propColorBlue", "propColorPurple", "propColorPink", "propColorRed",
    ];
}
