using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.PatchUser;

/// <summary>
/// Changes the given profile fields (null leaves a field as it is). As in Mattermost, a patch cannot
/// set the password or roles; <see cref="Password"/> only confirms an email change made by the user
/// themselves.
/// </summary>
internal sealed record PatchUserRequest : IRequest<UserResponse>, IUserScopedRequest
{
    public required string UserId { get; init; }

    public string? Username { get; init; }

    public string? Email { get; init; }

    public string? Password { get; init; }

    public string? Nickname { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Position { get; init; }

    public string? Locale { get; init; }

    public IReadOnlyDictionary<string, string>? Props { get; init; }

    public IReadOnlyDictionary<string, string>? NotifyProps { get; init; }

    public IReadOnlyDictionary<string, string>? Timezone { get; init; }

    // Records print every property; this keeps the password out of logs.
    public override string ToString() => $"{nameof(PatchUserRequest)} {{ UserId = {UserId} }}";
}
