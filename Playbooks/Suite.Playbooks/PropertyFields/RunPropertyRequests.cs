using System.Text.Json;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;
using Suite.Playbooks.Conditions;
using Suite.Playbooks.Runs;

namespace Suite.Playbooks.PropertyFields;

/// <summary><c>GET /runs/{id}/property_fields</c>: the fields the run got from its playbook when it started.</summary>
internal sealed record GetRunPropertyFieldsRequest(string RunId, long UpdatedSince) : IRequest<List<PropertyField>>;

internal sealed class GetRunPropertyFieldsHandler(RunAccess access) : IRequestHandler<GetRunPropertyFieldsRequest, List<PropertyField>>
{
    public async Task<List<PropertyField>> Handle(GetRunPropertyFieldsRequest request, CancellationToken cancellationToken)
    {
        var run = await access.ReadableAsync(request.RunId, cancellationToken);
        return run.PropertyFields.Where(f => f.UpdateAt > request.UpdatedSince).OrderBy(f => f.Attrs.SortOrder).ToList();
    }
}

/// <summary><c>GET /runs/{id}/property_values</c>: the values set so far (a cleared one is null).</summary>
internal sealed record GetRunPropertyValuesRequest(string RunId, long UpdatedSince) : IRequest<List<PropertyValue>>;

internal sealed class GetRunPropertyValuesHandler(RunAccess access) : IRequestHandler<GetRunPropertyValuesRequest, List<PropertyValue>>
{
    public async Task<List<PropertyValue>> Handle(GetRunPropertyValuesRequest request, CancellationToken cancellationToken)
    {
        var run = await access.ReadableAsync(request.RunId, cancellationToken);
        return run.PropertyValues.Where(v => v.UpdateAt > request.UpdatedSince).ToList();
    }
}

/// <summary>
/// <c>PUT /runs/{id}/property_fields/{fieldID}/value</c> <c>{value}</c>: a participant sets or clears
/// the value of one of the run's fields while the run is in progress; a change writes a
/// <c>property_changed</c> timeline entry, the same value again writes nothing. The run's conditions over the field
/// show or hide its items (<see cref="RunConditions"/>).
/// </summary>
[RequiresFeature(PlaybookFeatures.AttributesKey)]
internal sealed record SetRunPropertyValueRequest(string RunId, string FieldId, JsonElement Value) : IRequest<PropertyValue>;

internal sealed class SetRunPropertyValueHandler(
    RunAccess access,
    RunStore runs,
    RunBroadcaster broadcaster,
    Usernames usernames,
    ITeamMembership teams,
    ICurrentUser user,
    RunConditions conditions,
    TimeProvider time) : IRequestHandler<SetRunPropertyValueRequest, PropertyValue>
{
    public async Task<PropertyValue> Handle(SetRunPropertyValueRequest request, CancellationToken cancellationToken)
    {
        var before = await access.WorkableAsync(request.RunId, cancellationToken);
        if (before.CurrentStatus == RunStatuses.Finished)
        {
            throw new AppErrorException(400, "app.playbook_run.finished", "A finished run's attributes cannot change; restore it first.");
        }

        var field = before.PropertyFields.FirstOrDefault(f => f.Id == request.FieldId) ?? throw PropertyFieldErrors.NotFound();
        var value = RunPropertyValues.Normalize(field, request.Value);
        foreach (var userId in RunPropertyValues.UserIds(field, value))
        {
            if (await teams.GetRoleAsync(before.TeamId, userId, cancellationToken) is null)
            {
                throw AppErrorException.InvalidBody("value", "Every user must be a member of the run's team.");
            }
        }

        var mentionIds = new List<string> { user.UserId };
        mentionIds.AddRange(RunPropertyValues.UserIds(field, value).Concat(RunPropertyValues.UserIds(field, ValueOf(before, field.Id))));
        var mentions = await usernames.MentionsAsync(mentionIds, cancellationToken);
        var naming = await conditions.NamingAsync(before, field.Id, cancellationToken);
        var run = await runs.ChangeAsync(
            request.RunId,
            current =>
            {
                var old = ValueOf(current, field.Id);
                if (RunPropertyValues.Same(old, value))
                {
                    return [];
                }

                var set = Change(field, old, value, mentions);
                var values = current.PropertyValues.Where(v => v.FieldId != field.Id).Append(new PropertyValue { FieldId = field.Id, Value = value }).ToList();
                var shown = RunConditions.Evaluate(current, values, naming);
                return shown.Count == 0 ? [set] : [set, new ItemConditionsEvaluated(shown) { At = set.At, ActorId = user.UserId }];
            },
            cancellationToken);
        await broadcaster.UpdatedAsync(run, cancellationToken);
        return run.PropertyValues.FirstOrDefault(v => v.FieldId == field.Id)
            ?? new PropertyValue { TargetId = run.Id, FieldId = field.Id, Value = RunPropertyValues.Null };
    }

    private RunPropertyValueSet Change(PropertyField field, JsonElement old, JsonElement value, IReadOnlyDictionary<string, string> mentions)
    {
        var actor = mentions.GetValueOrDefault(user.UserId, Usernames.Unknown);
        var oldDisplay = RunPropertyValues.Display(field, old, mentions);
        var newDisplay = RunPropertyValues.Display(field, value, mentions);
        var summary = newDisplay.Length == 0 ? $"{actor} cleared {field.Name}"
            : oldDisplay.Length == 0 ? $"{actor} set {field.Name} to {newDisplay}"
            : $"{actor} updated {field.Name} from {oldDisplay} to {newDisplay}";
        var details = new PropertyChangedDetails(field.Id, field.Name, old, value, oldDisplay.Length == 0 ? null : oldDisplay, newDisplay.Length == 0 ? null : newDisplay);
        return new RunPropertyValueSet(field.Id, value, JsonSerializer.Serialize(details, ApiJson.Options))
        {
            At = time.GetUtcNow().ToUnixTimeMilliseconds(),
            ActorId = user.UserId,
            Summary = summary,
        };
    }

    private static JsonElement ValueOf(PlaybookRun run, string fieldId) =>
        run.PropertyValues.FirstOrDefault(v => v.FieldId == fieldId)?.Value ?? RunPropertyValues.Null;

    /// <summary>The timeline entry's <c>details</c>, as Mattermost's <c>PropertyChangedDetails</c>.</summary>
    private sealed record PropertyChangedDetails(
        string PropertyFieldId,
        string PropertyFieldName,
        JsonElement OldValue,
        JsonElement NewValue,
        string? OldValueDisplay,
        string? NewValueDisplay);
}
