using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.GetUsersByIds;

internal static class GetUsersByIdsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v4/users/ids", async (HttpContext http, ISender sender) =>
        {
            var ids = await http.ReadBodyAsync<string[]>("user_ids");
            return ApiResults.Ok(await sender.Send(new GetUsersByIdsRequest(ids), http.RequestAborted));
        });
}
