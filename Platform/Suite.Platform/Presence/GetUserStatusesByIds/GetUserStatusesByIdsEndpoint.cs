using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Presence.GetUserStatusesByIds;

internal static class GetUserStatusesByIdsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v4/users/status/ids", async (HttpContext http, ISender sender) =>
        {
            var ids = await http.ReadBodyAsync<string[]>("user_ids");
            return ApiResults.Ok(await sender.Send(new GetUserStatusesByIdsRequest(ids), http.RequestAborted));
        });
}
