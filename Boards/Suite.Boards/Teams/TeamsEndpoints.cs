using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Boards.Api;
using Suite.Platform.Mediator;

namespace Suite.Boards.Teams;

/// <summary>Focalboard's team routes (<c>server/api/teams.go</c>), as the Boards plugin answers them.</summary>
internal static class TeamsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/teams", async (HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetTeamsRequest(), http.RequestAborted)));

        api.MapGet("/teams/{teamId}", async (string teamId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetTeamRequest(teamId), http.RequestAborted)));

        api.MapGet("/teams/{teamId}/users", async (string teamId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(
                new GetTeamUsersRequest(teamId, http.Request.Query["search"].ToString(), http.Request.Query["exclude_bots"] == "true"),
                http.RequestAborted)));

        api.MapPost("/teams/{teamId}/users", async (string teamId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetTeamUsersByIdsRequest(teamId, await BoardsJson.ReadAsync<List<string>>(http)), http.RequestAborted)));
    }
}
