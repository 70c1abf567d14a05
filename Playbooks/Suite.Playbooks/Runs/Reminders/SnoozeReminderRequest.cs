using FluentValidation;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Runs.Reminders;

/// <summary>
/// <c>POST /runs/{id}/reminder</c> <c>{new_reminder_seconds}</c>: puts the next status update off to that
/// many seconds from now, as the snooze menu of Mattermost's reminder does (timeline <c>status_update_snoozed</c>);
/// the reminder post it answers is deleted.
/// </summary>
internal sealed record SnoozeReminderRequest(string RunId, long Seconds) : IRequest;

internal sealed class SnoozeReminderValidator : AbstractValidator<SnoozeReminderRequest>
{
    // A year: a longer snooze is a mistake, and its nanoseconds would not fit Mattermost's duration.
    public const long MaxSeconds = 366L * 24 * 3600;

    public SnoozeReminderValidator() =>
        RuleFor(r => r.Seconds).InclusiveBetween(1, MaxSeconds).WithMessage($"must be a number of seconds from 1 to {MaxSeconds}.").OverridePropertyName("new_reminder_seconds");
}

internal sealed class SnoozeReminderHandler(RunAccess access, RunStore runs, RunBroadcaster broadcaster, Usernames usernames, PreviousReminder previousReminder, ICurrentUser user, TimeProvider time)
    : IRequestHandler<SnoozeReminderRequest, Unit>
{
    public async Task<Unit> Handle(SnoozeReminderRequest request, CancellationToken cancellationToken)
    {
        await access.WorkableAsync(request.RunId, cancellationToken);
        var actor = await usernames.CallerAsync(cancellationToken);
        var reminderPostId = "";
        var run = await runs.ChangeAsync(
            request.RunId,
            current =>
            {
                reminderPostId = current.ReminderPostId;
                return [new StatusUpdateSnoozed(request.Seconds) { At = time.GetUtcNow().ToUnixTimeMilliseconds(), ActorId = user.UserId, Summary = $"{actor} snoozed the status update" }];
            },
            cancellationToken);
        await previousReminder.DeleteAsync(run.Id, reminderPostId, cancellationToken);
        await broadcaster.UpdatedAsync(run, cancellationToken);
        return Unit.Value;
    }
}
