using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetTeamMembers;

internal static class GetTeamMembersEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v4/teams/{teamId}/members", async (string teamId, HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetTeamMembersRequest(teamId, Paging.From(request.Query)), cancellationToken)));
}
