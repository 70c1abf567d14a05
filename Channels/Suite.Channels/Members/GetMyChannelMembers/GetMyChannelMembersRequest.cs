using Suite.Channels.Channels;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.GetMyChannelMembers;

/// <summary><c>GET /api/v4/users/{user_id}/teams/{team_id}/channels/members</c>: the user's memberships in the team's channels and in their direct and group channels.</summary>
internal sealed record GetMyChannelMembersRequest(string UserId, string TeamId) : IRequest<IReadOnlyList<ChannelMember>>;
