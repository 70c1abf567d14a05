using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Bot;

namespace Suite.Playbooks.ChannelActions.MessageOnJoin;

/// <summary>
/// <c>GET /actions/channels/{channel_id}/check-and-send-message-on-join</c>, which a client calls when it
/// shows the channel: the first time the caller sees it, the channel's welcome messages reach them as an
/// ephemeral post (the <c>ephemeral_message</c> event). Answers <c>{"viewed": true}</c>, as Mattermost does.
/// </summary>
internal sealed record CheckAndSendMessageOnJoinRequest(string ChannelId) : IRequest<bool>;

internal sealed class CheckAndSendMessageOnJoinHandler(ChannelActionAccess access, ChannelActionStore store, Categorize.ChannelCategorizer categorizer, EphemeralMessages ephemeral, ICurrentUser user)
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
                await ephemeral.SendAsync(user.UserId, user.UserId, request.ChannelId, message, cancellationToken);
            }
        }

        return true;
    }
}
