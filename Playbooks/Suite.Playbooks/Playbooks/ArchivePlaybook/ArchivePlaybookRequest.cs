using Suite.Platform.Mediator;

namespace Suite.Playbooks.Playbooks.ArchivePlaybook;

/// <summary><c>DELETE /playbooks/{id}</c> (archive) and <c>PUT /playbooks/{id}/restore</c>: archiving hides nothing from runs already started.</summary>
internal sealed record ArchivePlaybookRequest(string PlaybookId, bool Archived) : IRequest;

internal sealed class ArchivePlaybookHandler(PlaybookStore store, PlaybookAccess access, PlaybookTeamEvents events, TimeProvider time) : IRequestHandler<ArchivePlaybookRequest, Unit>
{
    public async Task<Unit> Handle(ArchivePlaybookRequest request, CancellationToken cancellationToken)
    {
        var playbook = await access.EditableAsync(request.PlaybookId, cancellationToken);
        if ((playbook.DeleteAt != 0) == request.Archived)
        {
            return Unit.Value;
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        playbook.DeleteAt = request.Archived ? now : 0;
        playbook.UpdateAt = now;
        await store.SaveAsync(playbook, cancellationToken);
        await events.ArchivedOrRestoredAsync(playbook.TeamId, request.Archived, cancellationToken);
        return Unit.Value;
    }
}
