using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.Login;

/// <summary>Signs in with a username or email (<see cref="LoginId"/>) or a user id (<see cref="Id"/>) and a password.</summary>
internal sealed record LoginRequest : IRequest<LoginResult>, IAnonymousRequest
{
    public string LoginId { get; init; } = "";

    public string Id { get; init; } = "";

    public required string Password { get; init; }

    public string DeviceId { get; init; } = "";

    // Records print every property; this keeps the password out of logs.
    public override string ToString() => $"{nameof(LoginRequest)} {{ LoginId = {LoginId}, Id = {Id} }}";
}

/// <summary>The new session: its token and CSRF value are known only here, then only their use.</summary>
internal sealed record LoginResult(UserResponse User, string Token, string CsrfToken, DateTimeOffset ExpiresAt);
