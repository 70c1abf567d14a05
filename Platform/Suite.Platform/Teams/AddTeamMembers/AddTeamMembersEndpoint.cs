using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.AddTeamMembers;

internal static class AddTeamMembersEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v4/teams/{team_id}/members/batch", async (string team_id, HttpContext http, ISender sender) =>
        {
            var members = await http.ReadBodyAsync<List<Body>>("members");
            if (members.Any(m => m.TeamId != team_id))
            {
                throw AppErrorException.InvalidBody("team_id", "Every member's team_id must be the team in the URL.");
            }

            var graceful = bool.TryParse(http.Request.Query["graceful"], out var parsed) && parsed;
            var outcomes = await sender.Send(new AddTeamMembersRequest(team_id, members.Select(m => m.UserId ?? "").ToList(), graceful), http.RequestAborted);
            return graceful ? ApiResults.Created(outcomes) : ApiResults.Created(outcomes.Select(o => o.Member).ToList());
        });

    private sealed record Body(string? TeamId, string? UserId);
}
