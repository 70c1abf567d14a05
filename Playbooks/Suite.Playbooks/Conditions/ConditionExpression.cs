using System.Text.Json;
using System.Text.Json.Serialization;
using Suite.Playbooks.PropertyFields;

namespace Suite.Playbooks.Conditions;

/// <summary>
/// Version 1 of a condition expression: exactly one of <c>and</c>, <c>or</c> (one level deep, never empty),
/// <c>is</c> or <c>isNot</c>, the last two comparing a text, select or multiselect field with a value.
/// </summary>
public sealed class ConditionExpression
{
    /// <summary>How deep <c>and</c>/<c>or</c> may nest, as the plugin's <c>MaxConditionDepth</c>.</summary>
    private const int MaxDepth = 1;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ConditionExpression>? And { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ConditionExpression>? Or { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Comparison? Is { get; set; }

    [JsonPropertyName("isNot")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Comparison? IsNot { get; set; }

    /// <summary>Whether the run's <paramref name="values"/> satisfy it; a missing value counts as empty.</summary>
    public bool Holds(IReadOnlyList<PropertyField> fields, IReadOnlyList<PropertyValue> values)
    {
        if (And is not null)
        {
            return And.All(c => c.Holds(fields, values));
        }

        if (Or is not null)
        {
            return Or.Any(c => c.Holds(fields, values));
        }

        if (Is is not null)
        {
            return fields.FirstOrDefault(f => f.Id == Is.FieldId) is { } field && Is.Matches(field, ValueOf(values, field.Id));
        }

        if (IsNot is not null)
        {
            return fields.FirstOrDefault(f => f.Id == IsNot.FieldId) is not { } field || !IsNot.Matches(field, ValueOf(values, field.Id));
        }

        return true;
    }

    /// <summary>The first problem with its shape or values for <paramref name="fields"/>, or null when valid.</summary>
    public string? Problem(IReadOnlyList<PropertyField> fields, int depth = 0)
    {
        var operations = new object?[] { And, Or, Is, IsNot }.Count(o => o is not null);
        if (operations != 1)
        {
            return operations == 0 ? "condition must have at least one operation (and, or, is, isNot)" : "condition can only have one operation (and, or, is, isNot)";
        }

        if ((And ?? Or) is { } nested)
        {
            return nested.Count == 0 ? $"{(And is null ? "or" : "and")} condition must have at least one nested condition"
                : depth >= MaxDepth ? $"condition nesting depth exceeds maximum allowed ({MaxDepth})"
                : nested.Select(c => c.Problem(fields, depth + 1)).FirstOrDefault(p => p is not null);
        }

        return (Is ?? IsNot)!.Problem(fields);
    }

    /// <summary>Trims text values, as the plugin does before storing.</summary>
    public void Trim()
    {
        foreach (var nested in (And ?? []).Concat(Or ?? []))
        {
            nested.Trim();
        }

        Is?.Trim();
        IsNot?.Trim();
    }

    public IEnumerable<string> FieldIds() =>
        (And ?? []).Concat(Or ?? []).SelectMany(c => c.FieldIds()).Concat(new[] { Is?.FieldId, IsNot?.FieldId }.OfType<string>()).Distinct(StringComparer.Ordinal);

    /// <summary>The option ids its select and multiselect comparisons list.</summary>
    public IEnumerable<string> OptionIds() =>
        (And ?? []).Concat(Or ?? []).SelectMany(c => c.OptionIds()).Concat((Is?.Options() ?? []).Concat(IsNot?.Options() ?? []));

    /// <summary>A copy naming other fields (<paramref name="fieldIds"/>: old id to new); null when a field has no counterpart.</summary>
    public ConditionExpression? WithFields(IReadOnlyDictionary<string, string> fieldIds)
    {
        var and = And?.Select(c => c.WithFields(fieldIds)).ToList();
        var or = Or?.Select(c => c.WithFields(fieldIds)).ToList();
        var isCopy = Is?.WithField(fieldIds);
        var isNotCopy = IsNot?.WithField(fieldIds);
        var lost = (and ?? or ?? []).Contains(null) || (Is is not null && isCopy is null) || (IsNot is not null && isNotCopy is null);
        return lost ? null : new ConditionExpression { And = and?.OfType<ConditionExpression>().ToList(), Or = or?.OfType<ConditionExpression>().ToList(), Is = isCopy, IsNot = isNotCopy };
    }

    /// <summary>The condition in words, as the plugin's reason: <c>"Severity" is SEV1 AND "Service" is not "db"</c>.</summary>
    public string Describe(IReadOnlyList<PropertyField> fields, bool nested = false)
    {
        if ((And ?? Or) is { } parts)
        {
            var described = parts.Select(p => p.Describe(fields, nested: true)).ToList();
            var joined = string.Join(And is null ? " OR " : " AND ", described);
            return described.Count == 1 || !nested ? joined : $"({joined})";
        }

        return Is?.Describe(fields, negated: false) ?? IsNot?.Describe(fields, negated: true) ?? "";
    }

    private static JsonElement ValueOf(IReadOnlyList<PropertyValue> values, string fieldId) =>
        values.FirstOrDefault(v => v.FieldId == fieldId)?.Value ?? RunPropertyValues.Null;
}

/// <summary>A field compared with a value: text for a text field, a list of option ids for a select or multiselect.</summary>
public sealed class Comparison
{
    public string FieldId { get; set; } = "";

    public JsonElement Value { get; set; }

    /// <summary>Text equal ignoring case (a missing value is empty); the selected option among the listed; any listed option chosen.</summary>
    public bool Matches(PropertyField field, JsonElement value) => field.Type switch
    {
        PropertyFieldTypes.Text => Value.ValueKind == JsonValueKind.String && Text(value) is { } text && string.Equals(text, Value.GetString(), StringComparison.OrdinalIgnoreCase),
        PropertyFieldTypes.Select => value.ValueKind == JsonValueKind.String && Options().Contains(value.GetString()!),
        PropertyFieldTypes.Multiselect => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.String && Options().Contains(v.GetString()!)),
        _ => false,
    };

    public string? Problem(IReadOnlyList<PropertyField> fields)
    {
        if (FieldId.Length == 0)
        {
            return "field_id cannot be empty";
        }

        // A field the playbook does not have is accepted, as the plugin does; it simply never matches.
        if (fields.FirstOrDefault(f => f.Id == FieldId) is not { } field)
        {
            return null;
        }

        switch (field.Type)
        {
            case PropertyFieldTypes.Text:
                return Value.ValueKind == JsonValueKind.String ? null : "text field condition value must be a string";
            case PropertyFieldTypes.Select or PropertyFieldTypes.Multiselect:
                if (Value.ValueKind != JsonValueKind.Array || Value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
                {
                    return $"{field.Type} field condition value must be an array";
                }

                var known = field.Attrs.Options.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
                return Value.GetArrayLength() == 0 ? $"{field.Type} field condition value array cannot be empty"
                    : Options().All(known.Contains) ? null
                    : $"condition value does not match any valid option for {field.Type} field";
            default:
                return "unsupported field type for condition";
        }
    }

    public void Trim()
    {
        if (Value.ValueKind == JsonValueKind.String)
        {
            Value = JsonSerializer.SerializeToElement(Value.GetString()!.Trim());
        }
    }

    public Comparison? WithField(IReadOnlyDictionary<string, string> fieldIds) =>
        fieldIds.TryGetValue(FieldId, out var id) ? new Comparison { FieldId = id, Value = Value.Clone() } : null;

    public string Describe(IReadOnlyList<PropertyField> fields, bool negated)
    {
        var field = fields.FirstOrDefault(f => f.Id == FieldId);
        var name = field is { Name.Length: > 0 } ? field.Name : FieldId;
        return $"\"{name}\" {(negated ? "is not" : "is")} {DescribeValue(field)}";
    }

    private string DescribeValue(PropertyField? field)
    {
        if (Value.ValueKind == JsonValueKind.String)
        {
            var text = Value.GetString()!;
            return field is null ? text : text.Length == 0 ? "empty" : $"\"{text}\"";
        }

        if (Value.ValueKind != JsonValueKind.Array)
        {
            return Value.GetRawText();
        }

        var names = Options().Select(id => field?.Attrs.Options.FirstOrDefault(o => o.Id == id)?.Name ?? id).ToList();
        return names.Count == 1 ? names[0] : $"[{string.Join(',', names)}]";
    }

    /// <summary>A text value; empty when unset, null when not text.</summary>
    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => null,
    };

    public List<string> Options() =>
        Value.ValueKind == JsonValueKind.Array ? Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList() : [];
}
