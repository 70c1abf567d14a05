using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Channels.Api;
using Suite.Channels.Users.AutocompleteUsers;
using Suite.Channels.Users.GetKnownUsers;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Users;

/// <summary>The user routes whose answers depend on channel membership, which Channels keeps.</summary>
internal static class UserEndpoints
{
    public static void MapChannelUsers(this IEndpointRouteBuilder api)
    {
        api.MapGet("/users/autocomplete", async (HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(
                new AutocompleteUsersRequest(
                    QueryParams.String(http.Request, "in_team"),
                    QueryParams.String(http.Request, "in_channel"),
                    QueryParams.String(http.Request, "name"),
                    QueryParams.Int(http.Request, "limit") ?? 100),
                http.RequestAborted)));

        api.MapGet("/users/known", async (HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetKnownUsersRequest(), http.RequestAborted)));
    }
}
