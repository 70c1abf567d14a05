using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Playbooks.Bot;
using Suite.Playbooks.Runs.Followers;

namespace Suite.Playbooks.Runs.Reminders;

/// <summary>
/// Reminds owners of overdue status updates. At start-up and every <see cref="ReminderOptions.ScanInterval"/>
/// it reads the runs whose update is due (a stored time, so nothing is lost across restarts), marks each
/// overdue and posts the reminder in its channel, as Mattermost's Playbooks bot does: a
/// <c>custom_update_status</c> post mentioning the owner, kept as the run's <c>reminder_post_id</c>;
/// the run's followers get a direct message that the update is overdue.
/// Marking first means that of several nodes scanning, only the one whose change lands posts.
/// </summary>
internal sealed class ReminderScanner(
    RunStore runs, RunBroadcaster broadcaster, IUserDirectory directory, PlaybooksBot bot, RunFollowerMessages followers, ReminderOptions options, TimeProvider time, ILogger<ReminderScanner> logger)
    : BackgroundService
{
    public const string PostType = "custom_update_status";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.ScanInterval, time);
        do
        {
            try
            {
                await ScanAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The status update reminder scan failed; it runs again in {Interval}", options.ScanInterval);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    internal async Task ScanAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        IReadOnlyList<string> due;
        await using (var session = runs.QuerySession())
        {
            due = await session.Query<PlaybookRun>()
                .Where(r => r.StatusUpdateDueAt > 0 && r.StatusUpdateDueAt <= now && !r.IsOverdue)
                .Select(r => r.Id)
                .ToListAsync(cancellationToken);
        }

        foreach (var runId in due)
        {
            await RemindAsync(runId, cancellationToken);
        }
    }

    private async Task RemindAsync(string runId, CancellationToken cancellationToken)
    {
        var claimed = false;
        var run = await runs.ChangeAsync(
            runId,
            current =>
            {
                var at = time.GetUtcNow().ToUnixTimeMilliseconds();
                claimed = current.StatusUpdateDueAt > 0 && current.StatusUpdateDueAt <= at && !current.IsOverdue;
                return claimed ? [new StatusUpdateOverdue { At = at, ActorId = current.OwnerUserId }] : [];
            },
            cancellationToken);
        if (!claimed)
        {
            return;
        }

        var postId = await PostReminderAsync(run, cancellationToken);
        if (postId.Length > 0)
        {
            run = await runs.ChangeAsync(
                runId,
                current => current.IsOverdue ? [new ReminderPosted(postId) { At = time.GetUtcNow().ToUnixTimeMilliseconds(), ActorId = current.OwnerUserId }] : [],
                cancellationToken);
        }

        await broadcaster.UpdatedAsync(run, cancellationToken);
    }

    /// <summary>Posts Mattermost's reminder, with its "Update status" button, as the Playbooks bot; empty when it could not be posted.</summary>
    private async Task<string> PostReminderAsync(PlaybookRun run, CancellationToken cancellationToken)
    {
        var found = await directory.FindByIdsAsync([run.OwnerUserId], cancellationToken);
        if (found is not [var owner])
        {
            return "";
        }

        try
        {
            var post = await RunPosts.PostAsync(
                bot,
                run,
                $"@{owner.Username}, please provide a status update for {RunPosts.Link(run)}.",
                PostType,
                cancellationToken,
                new Dictionary<string, object> { ["targetUsername"] = owner.Username, ["attachments"] = ReminderButton.Attachments(run.Id) });
            await followers.NotifyAsync(run, $"Status update is overdue for {RunPosts.Link(run)} (Owner: @{owner.Username})\n", authorId: "", cancellationToken);
            return post.Id;
        }
        catch (AppErrorException ex)
        {
            logger.LogWarning("The status update reminder of run {Run} was not posted: {Reason}", run.Id, ex.Message);
            return "";
        }
    }
}

/// <summary><c>Suite:Playbooks:Reminders</c>.</summary>
internal sealed class ReminderOptions
{
    /// <summary>How often due runs are looked for: a reminder comes at most this late.</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(15);
}
