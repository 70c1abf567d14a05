using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Bot;
using Suite.Playbooks.FollowUps;
using Suite.Playbooks.Playbooks;

namespace Suite.Playbooks.Runs.Retrospective;

/// <summary>Saves or publishes the retrospective; publishing also posts it in the run channel, as Mattermost does.</summary>
internal sealed class WriteRetrospectiveHandler(
    RunAccess access, RunStore runs, PlaybookStore playbooks, RunBroadcaster broadcaster, Usernames usernames, ICurrentUser user, PlaybooksBot bot, FollowUpCards followUps, TimeProvider time)
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

        var summary = $"{await usernames.CallerAsync(cancellationToken)} published the retrospective";
        var run = await runs.ChangeAsync(
            request.RunId,
            current => current.RetrospectivePublishedAt != 0 && !request.Publish
                ? throw new AppErrorException(400, "app.playbook_run.retrospective_published", "The retrospective is already published.")
                : [new RetrospectiveWritten(request.Text, request.Metrics, request.Publish) { At = time.GetUtcNow().ToUnixTimeMilliseconds(), ActorId = user.UserId, Summary = summary }],
            cancellationToken);
        if (request.Publish)
        {
            await RunPosts.PostAsync(bot, run, $"### Retrospective for {run.Name}\n\n{request.Text}", PostType, cancellationToken);
            run = await followUps.CreateAsync(run, user.UserId, cancellationToken);
        }

        await broadcaster.UpdatedAsync(run, cancellationToken);
        return Unit.Value;
    }
}
