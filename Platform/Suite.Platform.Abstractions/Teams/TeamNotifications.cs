using Suite.Platform.Mediator;

namespace Suite.Platform.Teams;

/// <summary>Published after a team is created, with its creator already a team admin.</summary>
/// <param name="TeamId">The new team.</param>
/// <param name="CreatorId">The user who created it.</param>
public sealed record TeamCreated(string TeamId, string CreatorId) : INotification;

/// <summary>Published after a user joins or is added to a team (including re-joining after leaving).</summary>
/// <param name="TeamId">The team.</param>
/// <param name="UserId">The member.</param>
/// <param name="ActorId">Who added them (the member themselves when joining).</param>
public sealed record TeamMemberAdded(string TeamId, string UserId, string ActorId) : INotification;

/// <summary>Published after a user leaves or is removed from a team.</summary>
/// <param name="TeamId">The team.</param>
/// <param name="UserId">The former member.</param>
/// <param name="ActorId">Who removed them (the member themselves when leaving).</param>
public sealed record TeamMemberRemoved(string TeamId, string UserId, string ActorId) : INotification;

/// <summary>
/// Published after a team is deleted: archived (<paramref name="Permanent"/> false; its data stays, and its
/// members no longer count as members) or removed with everything in it (true; modules delete what they keep for it).
/// </summary>
/// <param name="TeamId">The team.</param>
/// <param name="ActorId">Who deleted it.</param>
/// <param name="Permanent">Whether the team is gone for good.</param>
public sealed record TeamDeleted(string TeamId, string ActorId, bool Permanent) : INotification;
