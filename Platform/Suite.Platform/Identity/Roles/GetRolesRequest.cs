using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Roles;

/// <summary><c>POST /api/v4/roles/names</c>: the named roles Suite knows (others are left out, as Mattermost leaves out unknown names).</summary>
internal sealed record GetRolesByNamesRequest(IReadOnlyList<string> Names) : IRequest<IReadOnlyList<RoleResponse>>;

/// <summary><c>GET /api/v4/roles/name/{role_name}</c> and <c>GET /api/v4/roles/{role_id}</c>.</summary>
internal sealed record GetRoleRequest(string? Name, string? Id) : IRequest<RoleResponse>;
