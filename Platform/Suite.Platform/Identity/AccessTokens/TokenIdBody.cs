namespace Suite.Platform.Identity.AccessTokens;

/// <summary>The body of the revoke, disable and enable calls: <c>{"token_id": ...}</c>.</summary>
internal sealed record TokenIdBody(string? TokenId);
