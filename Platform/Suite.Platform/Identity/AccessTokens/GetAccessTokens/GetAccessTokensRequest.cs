using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.AccessTokens.GetAccessTokens;

/// <summary>A page of one user's access tokens, without their values (the user or a system admin).</summary>
internal sealed record GetUserAccessTokensRequest(string UserId, Paging Paging) : IRequest<IReadOnlyList<AccessTokenResponse>>, IUserScopedRequest;

/// <summary>A page of everyone's access tokens, without their values (system admins).</summary>
internal sealed record GetAllAccessTokensRequest(Paging Paging) : IRequest<IReadOnlyList<AccessTokenResponse>>, ISystemAdminRequest;
