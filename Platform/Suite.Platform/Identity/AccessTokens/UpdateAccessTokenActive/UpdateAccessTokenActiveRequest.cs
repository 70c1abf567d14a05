using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.AccessTokens.UpdateAccessTokenActive;

/// <summary>Disables or re-enables an access token (its owner or a system admin).</summary>
internal sealed record UpdateAccessTokenActiveRequest(string TokenId, bool Active) : IRequest<Unit>;
