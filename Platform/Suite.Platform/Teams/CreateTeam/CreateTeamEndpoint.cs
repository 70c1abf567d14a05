using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.CreateTeam;

internal static class CreateTeamEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v4/teams", async (HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<Body>("team");
            var request = new CreateTeamRequest
            {
                Name = body.Name ?? "",
                DisplayName = body.DisplayName ?? "",
                Type = body.Type ?? "",
                Description = body.Description ?? "",
                CompanyName = body.CompanyName ?? "",
                AllowedDomains = body.AllowedDomains ?? "",
            };
            return ApiResults.Created(await sender.Send(request, http.RequestAborted));
        });

    private sealed record Body(string? Name, string? DisplayName, string? Type, string? Description, string? CompanyName, string? AllowedDomains);
}
