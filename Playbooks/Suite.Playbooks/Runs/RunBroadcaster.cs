using System.Text.Json;
using Suite.Platform.Api;
using Suite.Platform.Realtime;

namespace Suite.Playbooks.Runs;

/// <summary>
/// Tells open clients about a run, as Mattermost's Playbooks plugin does: events named
/// <c>custom_playbooks_playbook_run_created</c> and <c>..._updated</c> whose <c>payload</c> is the
/// run's JSON, sent to the run channel's members.
/// </summary>
internal sealed class RunBroadcaster(IRealtimePublisher publisher)
{
    public const string Created = "custom_playbooks_playbook_run_created";
    public const string Updated = "custom_playbooks_playbook_run_updated";

    public ValueTask CreatedAsync(PlaybookRun run, CancellationToken cancellationToken) => PublishAsync(Created, run, cancellationToken);

    public ValueTask UpdatedAsync(PlaybookRun run, CancellationToken cancellationToken) => PublishAsync(Updated, run, cancellationToken);

    private ValueTask PublishAsync(string eventName, PlaybookRun run, CancellationToken cancellationToken) =>
        publisher.PublishAsync(
            eventName,
            new Dictionary<string, object> { ["payload"] = JsonSerializer.Serialize(run, ApiJson.Options) },
            new Broadcast { ChannelId = run.ChannelId, TeamId = run.TeamId },
            cancellationToken);
}
