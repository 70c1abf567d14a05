using Suite.Channels.Realtime;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.CreateGroupChannel;

internal sealed class CreateGroupChannelHandler(ChannelStore store, ICurrentUser currentUser, IUserDirectory users, ChannelEvents events, TimeProvider time)
    : IRequestHandler<CreateGroupChannelRequest, Channel>
{
    public async Task<Channel> Handle(CreateGroupChannelRequest request, CancellationToken cancellationToken)
    {
        var me = currentUser.RequireUserId();
        var ids = request.UserIds.Append(me).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (ids.Length is < 3 or > 8)
        {
            throw new AppErrorException(400, "api.channel.create_group.bad_size.app_error", "Group message channels must contain at least 3 and no more than 8 users.");
        }

        var found = await users.FindByIdsAsync(ids, cancellationToken);
        if (found.Count != ids.Length)
        {
            throw AppErrorException.InvalidBody("user_ids", "Every user must exist.");
        }

        var name = ChannelNames.Group(ids);
        if (await store.FindByNameAsync("", name, cancellationToken) is { } existing)
        {
            return existing;
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var channel = new Channel
        {
            Id = Ids.New(),
            Type = ChannelTypes.Group,
            Name = name,
            DisplayName = string.Join(", ", found.Select(u => u.Username).Order(StringComparer.Ordinal)),
            CreatorId = me,
            CreateAt = now,
            UpdateAt = now,
        };
        var members = ids.Select(id => new ChannelMember { ChannelId = channel.Id, UserId = id, LastUpdateAt = now });
        if (!await store.InsertAsync(channel, members, cancellationToken))
        {
            return await store.FindByNameAsync("", name, cancellationToken) ?? throw ChannelErrors.NotFound();
        }

        await events.GroupAddedAsync(channel, ids, cancellationToken);
        return channel;
    }
}
