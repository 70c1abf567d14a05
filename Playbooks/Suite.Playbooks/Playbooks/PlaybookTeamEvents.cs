using System.Text.Json;
using Suite.Platform.Realtime;

namespace Suite.Playbooks.Playbooks;

/// <summary>
/// Tells a team's open clients that its playbooks changed, as Mattermost's plugin does: events named
/// <c>custom_playbooks_playbook_created</c>, <c>..._archived</c> and <c>..._restored</c> to the team, whose
/// <c>payload</c> is the JSON of <c>{"teamID": ...}</c> (clients read the list again; the event names no playbook).
/// </summary>
internal sealed class PlaybookTeamEvents(IRealtimePublisher publisher)
{
    public const string Created = "custom_playbooks_playbook_created";
    public const string Archived = "custom_playbooks_playbook_archived";
    public const string Restored = "custom_playbooks_playbook_restored";

    public ValueTask CreatedAsync(string teamId, CancellationToken cancellationToken) => PublishAsync(Created, teamId, cancellationToken);

    public ValueTask ArchivedOrRestoredAsync(string teamId, bool archived, CancellationToken cancellationToken) =>
        PublishAsync(archived ? Archived : Restored, teamId, cancellationToken);

    private ValueTask PublishAsync(string eventName, string teamId, CancellationToken cancellationToken) =>
        publisher.PublishAsync(
            eventName,
            new Dictionary<string, object> { ["payload"] = JsonSerializer.Serialize(new Dictionary<string, string> { ["teamID"] = teamId }) },
            Broadcast.ToTeam(teamId),
            cancellationToken);
}
