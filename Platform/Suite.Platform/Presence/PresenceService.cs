using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Suite.Platform.Errors;
using Suite.Platform.Realtime;

namespace Suite.Platform.Presence;

/// <summary>
/// Changes statuses by Mattermost's rules and announces each change with <c>status_change</c>
/// (<c>{status, user_id}</c>) to the user and everyone who can see them: their teammates and the
/// users every <see cref="IStatusAudience"/> names.
/// </summary>
internal sealed partial class PresenceService(
    StatusStore store,
    IRealtimePublisher publisher,
    IServiceProvider services,
    ActivityThrottle throttle,
    TimeProvider time,
    PresenceOptions options,
    ILogger<PresenceService> logger) : IPresence
{
    public const string StatusChangeEvent = "status_change";

    public Task<IReadOnlyList<UserStatus>> GetStatusesAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default) =>
        store.GetAsync(userIds, cancellationToken);

    public async Task<UserStatus> SetStatusAsync(string userId, string status, long dndEndTimeSeconds = 0, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        Func<StoredStatus, bool, StoredStatus> change = status switch
        {
            UserStatuses.Online => (current, _) => StatusTransitions.Online(current, manual: true, now.ToUnixTimeMilliseconds()),
            UserStatuses.Away => (current, _) => StatusTransitions.Away(current, manual: true),
            UserStatuses.Offline => (current, _) => StatusTransitions.Offline(current, manual: true),
            UserStatuses.DoNotDisturb when dndEndTimeSeconds == 0 || dndEndTimeSeconds > now.ToUnixTimeSeconds() =>
                (current, _) => StatusTransitions.DoNotDisturb(current, dndEndTimeSeconds),
            UserStatuses.DoNotDisturb => throw AppErrorException.InvalidBody("dnd_end_time", "The end of Do Not Disturb must be in the future."),
            _ => throw AppErrorException.InvalidBody("status", "The status must be online, away, dnd or offline."),
        };
        return await ChangeAsync(userId, change, checkConnections: false, announce: true, cancellationToken)
            ?? throw StatusErrors.UserNotFound();
    }

    /// <summary>A connection opened or the user was active: online, unless they set a status.</summary>
    public Task<UserStatus?> SetOnlineAutomaticallyAsync(string userId, CancellationToken cancellationToken) =>
        ChangeAsync(userId, (current, _) => StatusTransitions.Online(current, manual: false, time.GetUtcNow().ToUnixTimeMilliseconds()), checkConnections: false, announce: false, cancellationToken);

    /// <summary>Idle: away, when automatically online.</summary>
    public Task<UserStatus?> SetAwayAutomaticallyAsync(string userId, CancellationToken cancellationToken) =>
        ChangeAsync(userId, (current, _) => StatusTransitions.Away(current, manual: false), checkConnections: false, announce: false, cancellationToken);

    /// <summary>A last connection closed: offline, unless the user set a status or is still connected through any process.</summary>
    public Task<UserStatus?> SetOfflineIfDisconnectedAsync(string userId, CancellationToken cancellationToken) =>
        ChangeAsync(userId, (current, live) => live ? current : StatusTransitions.Offline(current, manual: false), checkConnections: true, announce: false, cancellationToken);

    /// <summary>A timed Do Not Disturb ended: the previous status comes back.</summary>
    public Task<UserStatus?> EndDoNotDisturbAsync(string userId, CancellationToken cancellationToken) =>
        ChangeAsync(userId, (current, _) => StatusTransitions.DoNotDisturbEnded(current, time.GetUtcNow().ToUnixTimeSeconds()), checkConnections: false, announce: false, cancellationToken);

    /// <summary>The oldest heartbeat a process may have and still count as alive.</summary>
    public long LiveAfter(DateTimeOffset now) => (now - options.ProcessTimeout).ToUnixTimeMilliseconds();

    private async Task<UserStatus?> ChangeAsync(
        string userId, Func<StoredStatus, bool, StoredStatus> change, bool checkConnections, bool announce, CancellationToken cancellationToken)
    {
        var result = await store.ChangeAsync(userId, change, checkConnections ? LiveAfter(time.GetUtcNow()) : null, cancellationToken);
        if (result is not var (before, after))
        {
            return null;
        }

        if (after.Status != UserStatuses.Online)
        {
            // The next activity must be written, or an away user would stay away while active.
            throttle.Forget(userId);
        }

        if (announce || after.Status != before.Status)
        {
            await AnnounceAsync(after, cancellationToken);
        }

        return after.ToStatus();
    }

    private async Task AnnounceAsync(StoredStatus status, CancellationToken cancellationToken)
    {
        try
        {
            var audience = new HashSet<string>(StringComparer.Ordinal) { status.UserId };
            if (options.StatusChangeAudience == StatusChangeAudience.Watchers)
            {
                var teammates = await store.FindTeammatesAsync(status.UserId, options.TeammateAudienceLimit, cancellationToken);
                if (teammates.Count <= options.TeammateAudienceLimit)
                {
                    audience.UnionWith(teammates);
                }

                foreach (var source in services.GetServices<IStatusAudience>())
                {
                    audience.UnionWith(await source.GetWatcherIdsAsync(status.UserId, cancellationToken));
                }
            }

            await publisher.PublishAsync(
                StatusChangeEvent,
                new Dictionary<string, object> { ["status"] = status.Status, ["user_id"] = status.UserId },
                Broadcast.ToUsers(audience),
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The status is stored; clients that missed the event read it on their next fetch.
            AnnounceFailed(logger, ex, status.UserId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not announce the status change of user {UserId}")]
    private static partial void AnnounceFailed(ILogger logger, Exception exception, string userId);
}
