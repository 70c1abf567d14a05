using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.AccessTokens.CreateAccessToken;

/// <summary>Creates a personal access token for a user (the user or a system admin); the token is shown only in the answer.</summary>
internal sealed record CreateAccessTokenRequest(string UserId, string Description, long ExpiresAt = 0) : IRequest<AccessTokenResponse>, IUserScopedRequest;
