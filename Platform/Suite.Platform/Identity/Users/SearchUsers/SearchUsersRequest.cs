using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.SearchUsers;

/// <summary>
/// Users whose username, first or last name, full name, nickname or email starts with the term
/// (case-insensitive, a leading <c>@</c> ignored), optionally only members of a team.
/// </summary>
internal sealed record SearchUsersRequest : IRequest<IReadOnlyList<UserResponse>>
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public required string Term { get; init; }

    public string TeamId { get; init; } = "";

    public bool AllowInactive { get; init; }

    public int Limit { get; init; } = DefaultLimit;
}
