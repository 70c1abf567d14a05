using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Playbooks.DuplicatePlaybook;

/// <summary><c>POST /playbooks/{id}/duplicate</c>: a copy titled "Copy of ...", owned by the caller; answers the new id.</summary>
internal sealed record DuplicatePlaybookRequest(string PlaybookId) : IRequest<string>;

internal sealed class DuplicatePlaybookHandler(PlaybookStore store, PlaybookAccess access, ICurrentUser user, TimeProvider time)
    : IRequestHandler<DuplicatePlaybookRequest, string>
{
    public async Task<string> Handle(DuplicatePlaybookRequest request, CancellationToken cancellationToken)
    {
        var source = await access.ReadableAsync(request.PlaybookId, cancellationToken);
        var copy = PlaybookWrites.Duplicate(source, $"Copy of {source.Title}", user.UserId, time.GetUtcNow().ToUnixTimeMilliseconds());
        await store.SaveAsync(copy, cancellationToken);
        return copy.Id;
    }
}
