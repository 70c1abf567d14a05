using Suite.Channels.Channels;
using Suite.Channels.Contracts;
using Suite.Channels.Posts;

namespace Suite.Channels.Integration;

internal static class ContractMapping
{
    public static ChannelInfo ToInfo(Channel c) => new(c.Id, c.TeamId, c.Type, c.Name, c.DisplayName, c.CreatorId, c.CreateAt, c.DeleteAt);

    public static PostInfo ToInfo(Post p) => new(p.Id, p.ChannelId, p.UserId, p.RootId, p.Message, p.Type, p.CreateAt);
}
