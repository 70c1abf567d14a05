using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Playbooks.Playbooks;

namespace Suite.Playbooks.Alerts.Sources;

/// <summary>Only people who may edit a playbook manage its alert sources; a source of a playbook the caller cannot see answers 404.</summary>
internal sealed class AlertSourceAccess(AlertSourceStore sources, PlaybookAccess playbooks)
{
    public async Task<(AlertSource Source, Playbook Playbook)> ManageableAsync(string sourceId, CancellationToken cancellationToken)
    {
        var source = (Ids.IsValid(sourceId) ? await sources.FindAsync(sourceId, cancellationToken) : null) ?? throw AlertErrors.SourceNotFound();
        Playbook playbook;
        try
        {
            playbook = await playbooks.EditableAsync(source.PlaybookId, cancellationToken);
        }
        catch (AppErrorException ex) when (ex.Error.StatusCode == 404)
        {
            throw AlertErrors.SourceNotFound();
        }

        return (source, playbook);
    }
}
