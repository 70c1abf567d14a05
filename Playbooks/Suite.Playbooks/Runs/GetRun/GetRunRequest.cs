using Suite.Platform.Mediator;

namespace Suite.Playbooks.Runs.GetRun;

/// <summary><c>GET /runs/{id}</c>: the run with its checklists and timeline.</summary>
internal sealed record GetRunRequest(string RunId) : IRequest<PlaybookRun>;

internal sealed class GetRunHandler(RunAccess access) : IRequestHandler<GetRunRequest, PlaybookRun>
{
    public Task<PlaybookRun> Handle(GetRunRequest request, CancellationToken cancellationToken) => access.ReadableWithTimelineAsync(request.RunId, cancellationToken);
}
