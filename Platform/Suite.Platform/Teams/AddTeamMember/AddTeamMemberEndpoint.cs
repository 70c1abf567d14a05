using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.AddTeamMember;

internal static class AddTeamMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v4/teams/{teamId}/members", async (string teamId, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<Body>("team_member");
            if (body.TeamId is not null && body.TeamId != teamId)
            {
                throw AppErrorException.InvalidBody("team_id", "The team_id in the body differs from the one in the URL.");
            }

            var member = await sender.Send(new AddTeamMemberRequest(teamId, body.UserId ?? ""), http.RequestAborted);
            return ApiResults.Created(member);
        });

    private sealed record Body(string? TeamId, string? UserId);
}
