using System.Text.Json;

namespace Suite.Boards.Web.Model;

/// <summary>Focalboard's filter group: clauses and nested groups joined by <c>and</c> or <c>or</c>.</summary>
public sealed class FilterGroup
{
    public string Operation { get; set; } = "and";

    /// <summary><see cref="FilterClause"/>s and nested <see cref="FilterGroup"/>s.</summary>
    public List<object> Filters { get; set; } = [];

    public bool IsEmpty => Filters.Count == 0;

    public static FilterGroup Parse(JsonElement json)
    {
        var group = new FilterGroup();
        if (json.ValueKind != JsonValueKind.Object)
        {
            return group;
        }

        if (json.TryGetProperty("operation", out var operation) && operation.ValueKind == JsonValueKind.String)
        {
            group.Operation = operation.GetString() == "or" ? "or" : "and";
        }

        if (json.TryGetProperty("filters", out var filters) && filters.ValueKind == JsonValueKind.Array)
        {
            foreach (var filter in filters.EnumerateArray().Where(f => f.ValueKind == JsonValueKind.Object))
            {
                group.Filters.Add(filter.TryGetProperty("filters", out _) ? Parse(filter) : FilterClause.Parse(filter));
            }
        }

        return group;
    }

    /// <summary>The JSON Focalboard stores in <c>fields.filter</c>.</summary>
    public object ToJson() => new Dictionary<string, object>
    {
        ["operation"] = Operation,
        ["filters"] = Filters.Select(f => f is FilterGroup g ? g.ToJson() : ((FilterClause)f).ToJson()).ToList(),
    };
}

/// <summary>Focalboard's filter clause: a property, a condition and the values it is compared with.</summary>
public sealed class FilterClause
{
    /// <summary>Every condition of the reference, in the order the menu offers them.</summary>
    public static readonly string[] Conditions =
        ["includes", "notIncludes", "isEmpty", "isNotEmpty", "isSet", "isNotSet", "is", "contains", "notContains",
         "startsWith", "notStartsWith", "endsWith", "notEndsWith", "isBefore", "isAfter"];

    public string PropertyId { get; set; } = "";

    public string Condition { get; set; } = "includes";

    public List<string> Values { get; set; } = [];

    public static FilterClause Parse(JsonElement json) => new()
    {
        PropertyId = json.TryGetProperty("propertyId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : "",
        Condition = json.TryGetProperty("condition", out var condition) && condition.ValueKind == JsonValueKind.String ? condition.GetString()! : "includes",
        Values = json.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText()).ToList()
            : [],
    };

    public object ToJson() => new Dictionary<string, object>
    {
        ["propertyId"] = PropertyId,
        ["condition"] = Condition,
        ["values"] = Values,
    };

    /// <summary>Words for a condition in the filter menu.</summary>
    public static string Describe(string condition) => condition switch
    {
        "includes" => "includes",
        "notIncludes" => "doesn't include",
        "isEmpty" => "is empty",
        "isNotEmpty" => "is not empty",
        "isSet" => "is set",
        "isNotSet" => "is not set",
        "is" => "is",
        "contains" => "contains",
        "notContains" => "doesn't contain",
        "startsWith" => "starts with",
        "notStartsWith" => "doesn't start with",
        "endsWith" => "ends with",
        "notEndsWith" => "doesn't end with",
        "isBefore" => "is before",
        "isAfter" => "is after",
        _ => condition,
    };

    /// <summary>Whether a condition compares with values the person gives.</summary>
    public static bool TakesValues(string condition) => condition is not ("isEmpty" or "isNotEmpty" or "isSet" or "isNotSet");
}
