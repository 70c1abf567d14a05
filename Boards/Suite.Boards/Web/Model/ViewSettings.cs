using System.Text.Json;
using Suite.Boards.Api;
using Suite.Boards.Blocks;

namespace Suite.Boards.Web.Model;

/// <summary>A view block's <c>fields</c> (Focalboard's <c>BoardViewFields</c>) as the screens read and change them.</summary>
public sealed class ViewSettings
{
    public const string TitleId = "__title";

    public string ViewType { get; set; } = "board";

    public string GroupById { get; set; } = "";

    public string DateDisplayPropertyId { get; set; } = "";

    public List<SortOption> SortOptions { get; set; } = [];

    public List<string> VisiblePropertyIds { get; set; } = [];

    public List<string> VisibleOptionIds { get; set; } = [];

    public List<string> HiddenOptionIds { get; set; } = [];

    public List<string> CollapsedOptionIds { get; set; } = [];

    public FilterGroup Filter { get; set; } = new();

    public List<string> CardOrder { get; set; } = [];

    public Dictionary<string, string> ColumnCalculations { get; set; } = [];

    /// <summary>The most cards each kanban column should hold, by option id; a column over it is marked.</summary>
    public Dictionary<string, int> WipLimits { get; set; } = [];

    public static ViewSettings Of(Block view)
    {
        var fields = view.Fields;
        return new ViewSettings
        {
            ViewType = Text(fields, "viewType", "board"),
            GroupById = Text(fields, "groupById", ""),
            DateDisplayPropertyId = Text(fields, "dateDisplayPropertyId", ""),
            SortOptions = Read<List<SortOption>>(fields, "sortOptions") ?? [],
            VisiblePropertyIds = Strings(fields, "visiblePropertyIds"),
            VisibleOptionIds = Strings(fields, "visibleOptionIds"),
            HiddenOptionIds = Strings(fields, "hiddenOptionIds"),
            CollapsedOptionIds = Strings(fields, "collapsedOptionIds"),
            Filter = fields.TryGetValue("filter", out var filter) ? FilterGroup.Parse(filter) : new FilterGroup(),
            CardOrder = Strings(fields, "cardOrder"),
            ColumnCalculations = Read<Dictionary<string, string>>(fields, "columnCalculations") ?? [],
            WipLimits = Read<Dictionary<string, int>>(fields, WipLimitsField) ?? [],
        };
    }

    /// <summary>The view field that holds the WIP limits (Suite's own, <c>Views/WipLimits</c>; Focalboard has none).</summary>
    public const string WipLimitsField = Views.WipLimits.LimitsField;

    public static JsonElement Json<T>(T value) => BoardsJson.ToElement(value);

    private static string Text(Dictionary<string, JsonElement> fields, string name, string fallback) =>
        fields.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : fallback;

    private static List<string> Strings(Dictionary<string, JsonElement> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];

    private static T? Read<T>(Dictionary<string, JsonElement> fields, string name) where T : class
    {
        if (!fields.TryGetValue(name, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        try
        {
            return value.Deserialize<T>(BoardsJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>Focalboard's <c>ISortOption</c>; <see cref="ViewSettings.TitleId"/> sorts by title.</summary>
public sealed class SortOption
{
    public string PropertyId { get; set; } = "";

    public bool Reversed { get; set; }
}
