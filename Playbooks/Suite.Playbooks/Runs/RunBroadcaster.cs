using System.Text.Json;
using Suite.Platform.Api;
using Suite.Platform.Realtime;

namespace Suite.Playbooks.Runs;

/// <summary>
/// Tells open clients about a run, as Mattermost's Playbooks plugin does: events named
/// <c>custom_playbooks_playbook_run_created</c>, whose <c>payload</c> is the JSON of <c>{"playbook_run": run}</c>,
/// and <c>..._updated</c>, whose <c>payload</c> is the run's JSON.
/// Mattermost sends them to the run channel's members and to the people a change concerns; Suite sends them
/// to those, its participants and followers, but only to whoever of them may see the run
/// (<see cref="RunViewers"/>): a channel member outside a private playbook, or anyone who left the team, hears nothing.
/// </summary>
internal sealed class RunBroadcaster(IRealtimePublisher publisher, IChannelAudience channels, RunViewers viewers, Timeline.RunTimeline timeline)
{
    public const string Created = "custom_playbooks_playbook_run_created";
    public const string Updated = "custom_playbooks_playbook_run_updated";

    public async ValueTask CreatedAsync(PlaybookRun run, CancellationToken cancellationToken)
    {
        await timeline.FillAsync(run, cancellationToken);
        await PublishAsync(Created, run, JsonSerializer.Serialize(new Dictionary<string, PlaybookRun> { ["playbook_run"] = run }, ApiJson.Options), [], cancellationToken);
    }

    /// <summary>The run changed; <paramref name="concerned"/> (for example people just removed from it) hear of it too while they may see it.</summary>
    public async ValueTask UpdatedAsync(PlaybookRun run, CancellationToken cancellationToken, IReadOnlyCollection<string>? concerned = null)
    {
        await timeline.FillAsync(run, cancellationToken);
        await PublishAsync(Updated, run, JsonSerializer.Serialize(run, ApiJson.Options), concerned ?? [], cancellationToken);
    }

    private async ValueTask PublishAsync(string eventName, PlaybookRun run, string payload, IReadOnlyCollection<string> concerned, CancellationToken cancellationToken)
    {
        var members = run.ChannelId.Length > 0 ? await channels.GetMemberIdsAsync(run.ChannelId, cancellationToken) : [];
        var audience = await viewers.FilterAsync(run, [.. members, .. run.ParticipantIds, run.OwnerUserId, run.ReporterUserId, .. run.FollowerIds, .. concerned], cancellationToken);
        await publisher.PublishAsync(
            eventName,
            new Dictionary<string, object> { ["payload"] = payload },
            new Broadcast { ChannelId = run.ChannelId, TeamId = run.TeamId, UserIds = audience },
            cancellationToken);
    }
}
