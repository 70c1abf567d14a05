using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetTeams;

internal static class GetTeamsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v4/teams", async (HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
        {
            var page = await sender.Send(new GetTeamsRequest(Paging.From(request.Query)), cancellationToken);
            return request.Query["include_total_count"] == "true" ? ApiResults.Ok(page) : ApiResults.Ok(page.Teams);
        });
}
