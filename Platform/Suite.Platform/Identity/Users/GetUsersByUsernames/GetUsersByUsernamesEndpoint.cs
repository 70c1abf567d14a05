using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.GetUsersByUsernames;

internal static class GetUsersByUsernamesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v4/users/usernames", async (HttpContext http, ISender sender) =>
        {
            var names = await http.ReadBodyAsync<string[]>("usernames");
            return ApiResults.Ok(await sender.Send(new GetUsersByUsernamesRequest(names), http.RequestAborted));
        });
}
