using Suite.Channels.Channels;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Realtime.NotifyTyping;

internal sealed class NotifyTypingHandler(ChannelStore store, ChannelAccess access, ChannelEvents events) : IRequestHandler<NotifyTypingRequest, Unit>
{
    public async Task<Unit> Handle(NotifyTypingRequest request, CancellationToken cancellationToken)
    {
        if (!await store.IsMemberAsync(request.ChannelId, access.UserId, cancellationToken))
        {
            throw AppErrorException.Forbidden("Only members of the channel may type in it.");
        }

        await events.TypingAsync(request.ChannelId, access.UserId, request.ParentId, cancellationToken);
        return Unit.Value;
    }
}
