using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Notifications;

/// <summary>The Boards bot (username <c>boards</c>), made once through the Platform as Mattermost's Boards plugin makes its own.</summary>
internal sealed class BoardsBot(ISender sender)
{
    public const string Username = "boards";

    private volatile string? _userId;

    /// <summary>The bot's user id; the Platform makes the bot once, even when several callers or nodes ask at once.</summary>
    public async Task<string> UserIdAsync(CancellationToken cancellationToken) =>
        _userId ??= await sender.Send(new EnsureBotRequest(Username, "Boards", "Created by the Boards plugin.", "focalboard"), cancellationToken);
}
