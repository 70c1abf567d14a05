using Suite.Channels.Channels;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.GetChannelMembers;

/// <summary>
/// <c>GET /api/v4/channels/{channel_id}/members</c> (a page) and
/// <c>POST /api/v4/channels/{channel_id}/members/ids</c> (the given users' memberships).
/// </summary>
internal sealed record GetChannelMembersRequest(string ChannelId, IReadOnlyList<string>? UserIds, int Page, int PerPage) : IRequest<IReadOnlyList<ChannelMember>>;
