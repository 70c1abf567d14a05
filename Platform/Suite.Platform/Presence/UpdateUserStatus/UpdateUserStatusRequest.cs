using Suite.Platform.Mediator;

namespace Suite.Platform.Presence.UpdateUserStatus;

/// <summary>
/// <c>PUT /api/v4/users/{user_id}/status</c>: the user (or a system admin) sets a manual status.
/// <see cref="BodyUserId"/> must name the same user, as Mattermost requires.
/// </summary>
internal sealed record UpdateUserStatusRequest : IRequest<UserStatus>, IUserScopedRequest
{
    public required string UserId { get; init; }

    public required string BodyUserId { get; init; }

    public required string Status { get; init; }

    /// <summary>Unix seconds; 0 for no end.</summary>
    public long DndEndTime { get; init; }
}
