using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Conditions;
using Suite.Playbooks.PropertyFields;

namespace Suite.Playbooks.Playbooks.DuplicatePlaybook;

/// <summary>
/// <c>POST /playbooks/{id}/duplicate</c>: a copy titled "Copy of ...", with its run attributes and the conditions over them,
/// owned by the caller; answers the new id.
/// </summary>
internal sealed record DuplicatePlaybookRequest(string PlaybookId) : IRequest<string>;

internal sealed class DuplicatePlaybookHandler(
    PlaybookStore store, PlaybookAccess access, PropertyFieldStore fields, ConditionStore conditions, PlaybookTeamEvents events, ICurrentUser user, TimeProvider time)
    : IRequestHandler<DuplicatePlaybookRequest, string>
{
    public async Task<string> Handle(DuplicatePlaybookRequest request, CancellationToken cancellationToken)
    {
        var source = await access.ReadableAsync(request.PlaybookId, cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var copy = PlaybookWrites.Duplicate(source, $"Copy of {source.Title}", user.UserId, now);
        var copiedFields = await fields.CopyForPlaybookAsync(source.Id, copy.Id, now, cancellationToken);
        var fieldIds = copiedFields.ToDictionary(pair => pair.Key, pair => pair.Value.Id, StringComparer.Ordinal);
        await conditions.CopyAsync(source.Id, copy.Id, runId: null, fieldIds, copy.Checklists, now, cancellationToken);
        await using var session = store.Session();
        session.Store(copy);
        session.Store(copiedFields.Values.ToArray());
        await session.SaveChangesAsync(cancellationToken);
        await events.CreatedAsync(copy.TeamId, cancellationToken);
        return copy.Id;
    }
}
