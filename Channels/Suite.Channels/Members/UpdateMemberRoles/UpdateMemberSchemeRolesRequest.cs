using Suite.Platform.Mediator;

namespace Suite.Channels.Members.UpdateMemberRoles;

/// <summary>
/// <c>PUT /api/v4/channels/{channel_id}/members/{user_id}/schemeRoles</c> with
/// <c>{"scheme_user": true, "scheme_admin": true}</c>: the same change as <c>/roles</c>, said as the scheme's flags.
/// </summary>
internal sealed record UpdateMemberSchemeRolesRequest(string ChannelId, string UserId, bool SchemeAdmin, bool SchemeUser, bool SchemeGuest) : IRequest<Unit>;

/// <summary>The body; absent flags are false, as in Mattermost.</summary>
internal sealed record MemberSchemeRolesBody(bool SchemeAdmin, bool SchemeUser, bool SchemeGuest);
