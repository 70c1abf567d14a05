using System.Text.Json.Nodes;
using Suite.Platform.Mediator;
using Suite.Playbooks.PropertyFields;

namespace Suite.Playbooks.Playbooks.ExportImport;

/// <summary><c>GET /playbooks/{id}/export</c>: the playbook as Mattermost's export file, for whoever may see it.</summary>
internal sealed record ExportPlaybookRequest(string PlaybookId) : IRequest<JsonObject>;

internal sealed class ExportPlaybookHandler(PlaybookAccess access, PropertyFieldStore fields) : IRequestHandler<ExportPlaybookRequest, JsonObject>
{
    public async Task<JsonObject> Handle(ExportPlaybookRequest request, CancellationToken cancellationToken)
    {
        var playbook = await access.ReadableAsync(request.PlaybookId, cancellationToken);
        return PlaybookExport.Write(playbook, await fields.ListAsync(playbook.Id, cancellationToken));
    }
}
