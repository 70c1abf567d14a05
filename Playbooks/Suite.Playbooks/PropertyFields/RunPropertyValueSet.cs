using System.Text.Json;
using Suite.Platform;
using Suite.Playbooks.Runs;

namespace Suite.Playbooks.PropertyFields;

/// <summary>A run attribute's value was set or cleared; writes Mattermost's <c>property_changed</c> timeline entry.</summary>
public sealed record RunPropertyValueSet(string FieldId, JsonElement Value, string Details) : RunEvent
{
    public const string TimelineType = "property_changed";

    /// <summary>The value's id when this is the field's first value.</summary>
    public string ValueId { get; init; } = Ids.New();

    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        var value = run.PropertyValues.FirstOrDefault(v => v.FieldId == FieldId);
        if (value is null)
        {
            value = new PropertyValue { Id = ValueId, TargetId = run.Id, FieldId = FieldId, CreateAt = At };
            run.PropertyValues.Add(value);
        }

        value.Value = Value.Clone();
        value.UpdateAt = At;
        return Record(run, TimelineType, subjectUserId: ActorId, details: Details);
    }
}
