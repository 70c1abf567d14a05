using Suite.Platform;

namespace Suite.Playbooks.PropertyFields;

/// <summary>What the server, not the caller, decides when a playbook's field is written.</summary>
internal static class PropertyFieldWrites
{
    /// <summary>
    /// Server fields set, and the attributes made consistent with the type: choices only for selects,
    /// each with an id of its own (valid ones the caller sent are kept), a known visibility.
    /// </summary>
    public static PropertyField Prepare(PropertyField field, string playbookId, PropertyField? existing, double sortOrder, long now)
    {
        field.Id = existing?.Id ?? Ids.New();
        field.GroupId = "";
        field.TargetId = playbookId;
        field.TargetType = PropertyTargets.Playbook;
        field.CreateAt = existing?.CreateAt ?? now;
        field.UpdateAt = now;
        field.DeleteAt = 0;
        field.Attrs.SortOrder = sortOrder;
        field.Attrs.ParentId = "";
        field.Attrs.Visibility = field.Attrs.Visibility.Length == 0 ? PropertyVisibilities.WhenSet : field.Attrs.Visibility;
        field.Attrs.ValueType = field.Attrs.ValueType == "url" && field.Type == PropertyFieldTypes.Text ? "url" : "";
        if (!PropertyFieldTypes.HasOptions(field.Type))
        {
            field.Attrs.Options = [];
        }

        foreach (var option in field.Attrs.Options)
        {
            option.Id = Ids.IsValid(option.Id) ? option.Id : Ids.New();
        }

        return field;
    }
}
