namespace Suite.Platform.Identity;

/// <summary>What modules that send notifications (email, mobile push) need to know about users.</summary>
public interface INotificationRecipients
{
    /// <summary>These users (deactivated ones included, flagged); unknown ids are left out.</summary>
    Task<IReadOnlyList<NotificationRecipient>> FindAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default);
}

/// <summary>A user as a notification sender sees them.</summary>
/// <param name="Id">The user's id.</param>
/// <param name="Username">The lower-case username.</param>
/// <param name="Email">The email address.</param>
/// <param name="NotifyProps">Mattermost's user <c>notify_props</c> (<c>email</c>, <c>push</c>, <c>push_status</c>, <c>desktop</c>...).</param>
/// <param name="DeviceIds">The mobile devices of the user's live sessions, as <c>&lt;platform&gt;:&lt;token&gt;</c>.</param>
/// <param name="IsBot">True for bot accounts, which are never notified.</param>
/// <param name="IsDeleted">True when the account is deactivated.</param>
public sealed record NotificationRecipient(
    string Id,
    string Username,
    string Email,
    IReadOnlyDictionary<string, string> NotifyProps,
    IReadOnlyList<string> DeviceIds,
    bool IsBot,
    bool IsDeleted);
