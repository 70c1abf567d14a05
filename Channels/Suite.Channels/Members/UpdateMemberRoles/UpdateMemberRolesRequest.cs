using Suite.Platform.Mediator;

namespace Suite.Channels.Members.UpdateMemberRoles;

/// <summary><c>PUT /api/v4/channels/{channel_id}/members/{user_id}/roles</c> with <c>{"roles": "channel_user channel_admin"}</c>.</summary>
internal sealed record UpdateMemberRolesRequest(string ChannelId, string UserId, string Roles) : IRequest<Unit>;

/// <summary>The body.</summary>
internal sealed record MemberRolesBody(string? Roles);
