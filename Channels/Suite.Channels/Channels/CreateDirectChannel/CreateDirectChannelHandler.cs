using Suite.Channels.Realtime;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.CreateDirectChannel;

internal sealed class CreateDirectChannelHandler(ChannelStore store, ICurrentUser currentUser, IUserDirectory users, ChannelEvents events, TimeProvider time)
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

        var name = ChannelNames.Direct(a, b);
        if (await store.FindByNameAsync("", name, cancellationToken) is { } existing)
        {
            return existing;
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var channel = new Channel { Id = Ids.New(), Type = ChannelTypes.Direct, Name = name, CreatorId = me, CreateAt = now, UpdateAt = now };
        var members = new[] { a, b }.Distinct().Select(id => new ChannelMember { ChannelId = channel.Id, UserId = id, LastUpdateAt = now });
        if (!await store.InsertAsync(channel, members, cancellationToken))
        {
            return await store.FindByNameAsync("", name, cancellationToken) ?? throw ChannelErrors.NotFound();
        }

        await events.DirectAddedAsync(channel, me, me == a ? b : a, cancellationToken);
        return channel;
    }
}
