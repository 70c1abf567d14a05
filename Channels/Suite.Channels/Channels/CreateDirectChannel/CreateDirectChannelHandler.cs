using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.CreateDirectChannel;

internal sealed class CreateDirectChannelHandler(DirectChannels directChannels, ICurrentUser currentUser, IUserDirectory users)
    : IRequestHandler<CreateDirectChannelRequest, Channel>
{
    public async Task<Channel> Handle(CreateDirectChannelRequest request, CancellationToken cancellationToken)
    {
        var me = currentUser.RequireUserId();
        var (a, b) = (request.UserIds[0], request.UserIds[1]);
        if (a != me && b != me && !currentUser.IsSystemAdmin)
        {
            throw AppErrorException.Forbidden("A direct message channel must include the current user.");
        }

        var found = await users.FindByIdsAsync(new[] { a, b }.Distinct().ToArray(), cancellationToken);
        if (found.Count != (a == b ? 1 : 2))
        {
            throw AppErrorException.InvalidBody("user_ids", "Every user must exist.");
        }

        return await directChannels.GetOrCreateAsync(a, b, me, cancellationToken);
    }
}
