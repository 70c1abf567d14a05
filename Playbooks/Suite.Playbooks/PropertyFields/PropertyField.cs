using System.Text.Json;

namespace Suite.Playbooks.PropertyFields;

/// <summary>
/// A run attribute, as Mattermost's property field: defined on a playbook (a Marten document of its
/// own) and copied onto each run started from it, where people fill in its value.
/// </summary>
public sealed class PropertyField
{
    public string Id { get; set; } = "";

    public string GroupId { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>One of <see cref="PropertyFieldTypes.All"/>.</summary>
    public string Type { get; set; } = "";

    public PropertyFieldAttrs Attrs { get; set; } = new();

    /// <summary>The playbook or run it belongs to.</summary>
    public string TargetId { get; set; } = "";

    /// <summary><c>playbook</c> or <c>run</c>.</summary>
    public string TargetType { get; set; } = "";

    public long CreateAt { get; set; }

    public long UpdateAt { get; set; }

    /// <summary>When it was deleted; 0 while in use.</summary>
    public long DeleteAt { get; set; }

    public PropertyField Copy() => new()
    {
        Id = Id,
        GroupId = GroupId,
        Name = Name,
        Type = Type,
        Attrs = new PropertyFieldAttrs
        {
            Visibility = Attrs.Visibility,
            SortOrder = Attrs.SortOrder,
            Options = Attrs.Options.Select(o => new PropertyOption { Id = o.Id, Name = o.Name, Color = o.Color }).ToList(),
            ParentId = Attrs.ParentId,
            ValueType = Attrs.ValueType,
        },
        TargetId = TargetId,
        TargetType = TargetType,
        CreateAt = CreateAt,
        UpdateAt = UpdateAt,
        DeleteAt = DeleteAt,
    };
}

public sealed class PropertyFieldAttrs
{
    /// <summary><c>hidden</c>, <c>when_set</c> (the default) or <c>always</c>.</summary>
    public string Visibility { get; set; } = "";

    public double SortOrder { get; set; }

    /// <summary>The choices of a <c>select</c> or <c>multiselect</c> field.</summary>
    public List<PropertyOption> Options { get; set; } = [];

    /// <summary>On a run's copy, the playbook field it was copied from.</summary>
    public string ParentId { get; set; } = "";

    /// <summary><c>url</c> for a text field holding a link, else empty.</summary>
    public string ValueType { get; set; } = "";
}

public sealed class PropertyOption
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Color { get; set; } = "";
}

/// <summary>A run's value for one of its fields: a string, a list of option or user ids, or null when cleared.</summary>
public sealed class PropertyValue
{
    public string Id { get; set; } = "";

    public string TargetId { get; set; } = "";

    public string TargetType { get; set; } = PropertyTargets.Run;

    public string GroupId { get; set; } = "";

    public string FieldId { get; set; } = "";

    public JsonElement Value { get; set; }

    public long CreateAt { get; set; }

    public long UpdateAt { get; set; }

    public long DeleteAt { get; set; }
}

public static class PropertyTargets
{
    public const string Playbook = "playbook";
    public const string Run = "run";
}

/// <summary>Mattermost's property field types for runs.</summary>
public static class PropertyFieldTypes
{
    public const string Text = "text";
    public const string Select = "select";
    public const string Multiselect = "multiselect";
    public const string Date = "date";
    public const string User = "user";
    public const string Multiuser = "multiuser";

    public static readonly IReadOnlyList<string> All = [Text, Select, Multiselect, Date, User, Multiuser];

    public static bool HasOptions(string type) => type is Select or Multiselect;

    public static bool HoldsUsers(string type) => type is User or Multiuser;
}

public static class PropertyVisibilities
{
    public const string Hidden = "hidden";
    public const string WhenSet = "when_set";
    public const string Always = "always";
}
