using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.Logout;

/// <summary>Ends the current session, if any. Anyone may log out.</summary>
internal sealed record LogoutRequest : IRequest<Unit>, IAnonymousRequest;
