using System.Text.Json;
using Suite.Platform;
using Suite.Platform.Api;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Realtime;

namespace Suite.Playbooks.ChannelActions.MessageOnJoin;

/// <summary>
/// <c>GET /actions/channels/{channel_id}/check-and-send-message-on-join</c>, which a client calls when it
/// shows the channel: the first time the caller sees it, the channel's welcome messages reach them as an
/// ephemeral post (the <c>ephemeral_message</c> event). Answers <c>{"viewed": true}</c>, as Mattermost does.
/// </summary>
internal sealed record CheckAndSendMessageOnJoinRequest(string ChannelId) : IRequest<bool>;

internal sealed class CheckAndSendMessageOnJoinHandler(ChannelActionAccess access, ChannelActionStore store, Categorize.ChannelCategorizer categorizer, IRealtimePublisher realtime, ICurrentUser user, TimeProvider time)
    : IRequestHandler<CheckAndSendMessageOnJoinRequest, bool>
{
    public async Task<bool> Handle(CheckAndSendMessageOnJoinRequest request, CancellationToken cancellationToken)
    {
        await access.ViewableAsync(request.ChannelId, cancellationToken);
        if (!await store.MarkViewedAsync(request.ChannelId, user.UserId, cancellationToken))
        {
            return true;
        }

        await categorizer.JoinedAsync(request.ChannelId, [user.UserId], cancellationToken);
        var actions = await store.ListAsync(request.ChannelId, ChannelActionTypes.WelcomeMessage, ChannelActionTriggers.NewMemberJoins, cancellationToken);
        foreach (var action in actions.Where(a => a.Enabled && a.DeleteAt == 0))
        {
            var message = ChannelActionRules.ReadWelcome(action).Message;
            if (message.Length > 0)
            {
                await SendAsync(request.ChannelId, message, cancellationToken);
            }
        }

        return true;
    }

    private async Task SendAsync(string channelId, string message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var post = new EphemeralPost(Ids.New(), now, now, user.UserId, channelId, "", message, "system_ephemeral");
        await realtime.PublishAsync(
            "ephemeral_message",
            new { post = JsonSerializer.Serialize(post, ApiJson.Options) },
            new Broadcast { UserId = user.UserId, ChannelId = channelId },
            cancellationToken);
    }
}

/// <summary>A post only one user sees, never stored, in Mattermost's post shape.</summary>
internal sealed record EphemeralPost(string Id, long CreateAt, long UpdateAt, string UserId, string ChannelId, string RootId, string Message, string Type)
{
    public long EditAt { get; init; }

    public long DeleteAt { get; init; }

    public object Props { get; init; } = new { };
}
