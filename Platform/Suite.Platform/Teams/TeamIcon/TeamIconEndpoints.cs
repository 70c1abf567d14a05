using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Suite.Platform.Api;
using Suite.Platform.Files;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.TeamIcon;

internal static class TeamIconEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v4/teams/{team_id}/image", async (string team_id, HttpContext http, ISender sender) =>
        {
            var icon = await sender.Send(new GetTeamIconRequest(team_id), http.RequestAborted);
            // Clients add ?_=<last_team_icon_update> to the URL, so a changed icon is a new address.
            http.Response.Headers.CacheControl = http.Request.Query.ContainsKey("_") ? "max-age=86400, private" : "no-cache, private";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.Bytes(icon, "image/png");
        });

        endpoints.MapPost("/api/v4/teams/{team_id}/image", async (string team_id, HttpContext http, IConfiguration configuration, ISender sender) =>
        {
            var image = await ImageUploads.ReadAsync(http, configuration, TeamIcons.ErrorPrefix, "team icon");
            await sender.Send(new SetTeamIconRequest(team_id, image), http.RequestAborted);
            return ApiResults.StatusOk();
        });

        endpoints.MapDelete("/api/v4/teams/{team_id}/image", async (string team_id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new RemoveTeamIconRequest(team_id), http.RequestAborted);
            return ApiResults.StatusOk();
        });
    }
}
