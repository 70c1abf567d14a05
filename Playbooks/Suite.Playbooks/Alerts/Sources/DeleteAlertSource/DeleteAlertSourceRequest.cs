using Suite.Platform.Mediator;

namespace Suite.Playbooks.Alerts.Sources.DeleteAlertSource;

/// <summary><c>DELETE /alert-sources/{id}</c>: its address stops working at once; alerts already accepted from it are dropped unprocessed.</summary>
internal sealed record DeleteAlertSourceRequest(string SourceId) : IRequest;

internal sealed class DeleteAlertSourceHandler(AlertSourceAccess access, AlertSourceStore sources) : IRequestHandler<DeleteAlertSourceRequest, Unit>
{
    public async Task<Unit> Handle(DeleteAlertSourceRequest request, CancellationToken cancellationToken)
    {
        var (source, _) = await access.ManageableAsync(request.SourceId, cancellationToken);
        await sources.DeleteAsync(source.Id, cancellationToken);
        return Unit.Value;
    }
}
