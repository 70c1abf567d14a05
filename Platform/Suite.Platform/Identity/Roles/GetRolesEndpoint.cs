using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Roles;

internal static class GetRolesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v4/roles/names", async (HttpContext http, ISender sender) =>
        {
            var names = await http.ReadBodyAsync<List<string>>("rolenames");
            return ApiResults.Ok(await sender.Send(new GetRolesByNamesRequest(names), http.RequestAborted));
        });
        endpoints.MapGet("/api/v4/roles/name/{role_name}", async (string role_name, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetRoleRequest(role_name, null), cancellationToken)));
        endpoints.MapGet("/api/v4/roles/{role_id}", async (string role_id, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetRoleRequest(null, role_id), cancellationToken)));
    }
}
