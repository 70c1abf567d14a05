using System.Text.Json;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Bot;
using Suite.Playbooks.FollowUps;
using Suite.Playbooks.Playbooks;
using Suite.Playbooks.Runs.Followers;

namespace Suite.Playbooks.Runs.Retrospective;

/// <summary>
/// Saves or publishes the retrospective; publishing also announces it in the run channel (Mattermost's
/// <c>custom_retro</c> post with the text and metrics in its props) and by direct message to the followers.
/// </summary>
internal sealed class WriteRetrospectiveHandler(
    RunAccess access, RunStore runs, PlaybookStore playbooks, RunBroadcaster broadcaster, Usernames usernames, ICurrentUser user, PlaybooksBot bot, FollowUpCards followUps,
    RunFollowerMessages followers, TimeProvider time)
    : IRequestHandler<WriteRetrospectiveRequest, Unit>
{
    public const string PostType = "custom_retro";

    public async Task<Unit> Handle(WriteRetrospectiveRequest request, CancellationToken cancellationToken)
    {
        var before = await access.WorkableAsync(request.RunId, cancellationToken);
        var metrics = before.PlaybookId.Length == 0 ? [] : (await playbooks.FindAsync(before.PlaybookId, cancellationToken))?.Metrics ?? [];
        var unknown = request.Metrics.FirstOrDefault(m => metrics.All(known => known.Id != m.MetricConfigId));
        if (unknown is not null)
        {
            throw AppErrorException.InvalidBody("metrics", $"metric_config_id {unknown.MetricConfigId} is not a metric of the run's playbook.");
        }

        var publisher = await usernames.CallerAsync(cancellationToken);
        var summary = $"{publisher} published the retrospective";
        var run = await runs.ChangeAsync(
            request.RunId,
            current => current.RetrospectivePublishedAt != 0 && !request.Publish
                ? throw new AppErrorException(400, "app.playbook_run.retrospective_published", "The retrospective is already published.")
                : [new RetrospectiveWritten(request.Text, request.Metrics, request.Publish) { At = time.GetUtcNow().ToUnixTimeMilliseconds(), ActorId = user.UserId, Summary = summary }],
            cancellationToken);
        if (request.Publish)
        {
            var retrospectiveUrl = $"{RunPosts.DetailsUrl(run.Id)}/retrospective";
            var announcement = $"@channel Retrospective for {RunPosts.Link(run)} has been published by {publisher}\n[See the full retrospective]({retrospectiveUrl})\n";
            await RunPosts.PostAsync(bot, run, announcement, PostType, cancellationToken, Props(run, metrics));
            await followers.NotifyAsync(run, $"{publisher} published the retrospective report for [{RunPosts.LinkText(run.Name)}]({retrospectiveUrl}).\n{request.Text}", user.UserId, cancellationToken);
            run = await followUps.CreateAsync(run, user.UserId, cancellationToken);
        }

        await broadcaster.UpdatedAsync(run, cancellationToken);
        return Unit.Value;
    }

    /// <summary>Mattermost's props: the text, and the metrics and their configuration as JSON strings ("null" without values).</summary>
    private static Dictionary<string, object> Props(PlaybookRun run, IReadOnlyList<PlaybookMetric> metrics)
    {
        var withValues = run.MetricsData.Count > 0;
        return new Dictionary<string, object>
        {
            ["retrospectiveText"] = run.Retrospective,
            ["metricsData"] = withValues ? JsonSerializer.Serialize(run.MetricsData, ApiJson.Options) : "null",
            ["metricsConfigs"] = withValues ? JsonSerializer.Serialize(metrics, ApiJson.Options) : "null",
        };
    }
}
