using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.AccessTokens.GetAccessToken;

/// <summary>One access token, without its value (its owner or a system admin).</summary>
internal sealed record GetAccessTokenRequest(string TokenId) : IRequest<AccessTokenResponse>;
