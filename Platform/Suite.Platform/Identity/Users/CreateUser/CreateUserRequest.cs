using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.CreateUser;

/// <summary>Sign-up: creates an email/password account. The first account ever becomes a system admin.</summary>
internal sealed record CreateUserRequest : IRequest<UserResponse>, IAnonymousRequest
{
    public required string Username { get; init; }

    public required string Email { get; init; }

    public required string Password { get; init; }

    public string Nickname { get; init; } = "";

    public string FirstName { get; init; } = "";

    public string LastName { get; init; } = "";

    public string Position { get; init; } = "";

    public string Locale { get; init; } = UserDefaults.Locale;

    // Records print every property; this keeps the password out of logs.
    public override string ToString() => $"{nameof(CreateUserRequest)} {{ Username = {Username}, Email = {Email} }}";
}
