using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.SearchUsers;

internal static class SearchUsersEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v4/users/search", async (HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<Body>("search");
            var request = new SearchUsersRequest
            {
                Term = body.Term ?? "",
                TeamId = body.TeamId ?? "",
                AllowInactive = body.AllowInactive ?? false,
                Limit = body.Limit is null or 0 ? SearchUsersRequest.DefaultLimit : body.Limit.Value,
            };
            return ApiResults.Ok(await sender.Send(request, http.RequestAborted));
        });

    private sealed record Body(string? Term, string? TeamId, bool? AllowInactive, int? Limit);
}
