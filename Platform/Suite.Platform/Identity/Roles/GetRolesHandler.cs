using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Roles;

internal sealed class GetRolesByNamesHandler : IRequestHandler<GetRolesByNamesRequest, IReadOnlyList<RoleResponse>>
{
    public Task<IReadOnlyList<RoleResponse>> Handle(GetRolesByNamesRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RoleResponse>>(request.Names.Distinct(StringComparer.Ordinal).Select(BuiltInRoles.Find).OfType<RoleResponse>().ToList());
}

internal sealed class GetRoleHandler : IRequestHandler<GetRoleRequest, RoleResponse>
{
    public Task<RoleResponse> Handle(GetRoleRequest request, CancellationToken cancellationToken) =>
        Task.FromResult((request.Name is not null ? BuiltInRoles.Find(request.Name) : BuiltInRoles.FindById(request.Id ?? ""))
            ?? throw new AppErrorException(404, "app.role.get_by_name.app_error", "Unable to get role."));
}
