using System.Text.Json;
using Suite.Channels.Contracts;
using Suite.Platform.Api;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Bot;

/// <summary>
/// The module's own account, <c>@playbooks</c>, as Mattermost's plugin has: it authors the posts a run
/// makes (reminders, announcements, broadcasts, alerts, keyword prompts) and the direct messages to
/// followers. It posts in a channel without being a member of it, and its posts carry <c>from_bot</c>.
/// </summary>
internal sealed class PlaybooksBot(ISender sender)
{
    public const string Username = "playbooks";
    public const string DisplayName = "Playbooks";

    private volatile string _id = "";

    /// <summary>The bot's user id, created on first use (ensuring it twice at once is harmless: the Platform creates it once).</summary>
    public async Task<string> IdAsync(CancellationToken cancellationToken)
    {
        if (_id.Length == 0)
        {
            _id = await sender.Send(new EnsureBotRequest(Username, DisplayName, "Playbooks bot.", "playbooks"), cancellationToken);
        }

        return _id;
    }

    /// <summary>Posts <paramref name="message"/> in the channel as the bot.</summary>
    public async Task<PostInfo> PostAsync(
        string channelId, string message, CancellationToken cancellationToken, string type = "", IReadOnlyDictionary<string, object>? props = null, string rootId = "") =>
        await sender.Send(
            new CreatePost
            {
                ChannelId = channelId,
                UserId = await IdAsync(cancellationToken),
                Message = message,
                Type = type,
                RootId = rootId,
                PropsJson = props is null ? null : JsonSerializer.Serialize(props, ApiJson.Options),
                FromWebhook = true,
            },
            cancellationToken);

    /// <summary>Sends <paramref name="message"/> to the user in their direct channel with the bot.</summary>
    public async Task<PostInfo> DirectMessageAsync(string userId, string message, CancellationToken cancellationToken, IReadOnlyDictionary<string, object>? props = null) =>
        await sender.Send(
            new SendDirectMessage
            {
                FromUserId = await IdAsync(cancellationToken),
                ToUserId = userId,
                Message = message,
                PropsJson = props is null ? null : JsonSerializer.Serialize(props, ApiJson.Options),
            },
            cancellationToken);
}
