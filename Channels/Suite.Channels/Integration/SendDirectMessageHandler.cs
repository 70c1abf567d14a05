using Suite.Channels.Channels;
using Suite.Channels.Contracts;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integration;

/// <summary>Handles <see cref="SendDirectMessage"/>: finds or creates the direct channel, then posts through <see cref="CreatePost"/>'s rules.</summary>
internal sealed class SendDirectMessageHandler(DirectChannels directChannels, IUserDirectory users, ISender sender) : IRequestHandler<SendDirectMessage, PostInfo>
{
    public async Task<PostInfo> Handle(SendDirectMessage request, CancellationToken cancellationToken)
    {
        var found = await users.FindByIdsAsync(new[] { request.FromUserId, request.ToUserId }.Distinct().ToArray(), cancellationToken);
        if (found.Count != (request.FromUserId == request.ToUserId ? 1 : 2))
        {
            throw AppErrorException.InvalidBody("user_ids", "Every user must exist.");
        }

        var channel = await directChannels.GetOrCreateAsync(request.FromUserId, request.ToUserId, request.FromUserId, cancellationToken);
        return await sender.Send(
            new CreatePost { ChannelId = channel.Id, UserId = request.FromUserId, Message = request.Message, PropsJson = request.PropsJson, FromWebhook = true },
            cancellationToken);
    }
}
