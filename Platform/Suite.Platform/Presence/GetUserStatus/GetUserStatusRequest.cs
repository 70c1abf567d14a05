using Suite.Platform.Mediator;

namespace Suite.Platform.Presence.GetUserStatus;

/// <summary><c>GET /api/v4/users/{user_id}/status</c>: any signed-in user may read anyone's status, as in Mattermost.</summary>
internal sealed record GetUserStatusRequest(string UserId) : IRequest<UserStatus>;
