using Suite.Platform.Mediator;

namespace Suite.Playbooks.Playbooks.GetPlaybook;

/// <summary><c>GET /playbooks/{id}</c>.</summary>
internal sealed record GetPlaybookRequest(string PlaybookId) : IRequest<Playbook>;

internal sealed class GetPlaybookHandler(PlaybookAccess access) : IRequestHandler<GetPlaybookRequest, Playbook>
{
    public Task<Playbook> Handle(GetPlaybookRequest request, CancellationToken cancellationToken) =>
        access.ReadableAsync(request.PlaybookId, cancellationToken);
}
