using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.AccessTokens.RevokeAccessToken;

/// <summary>Deletes an access token for good (its owner or a system admin).</summary>
internal sealed record RevokeAccessTokenRequest(string TokenId) : IRequest<Unit>;
