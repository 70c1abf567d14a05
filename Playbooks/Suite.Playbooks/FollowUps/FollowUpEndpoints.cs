using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.FollowUps;

internal static class FollowUpEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/runs/{id}/follow-ups", async (string id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new CreateFollowUpsRequest(id), http.RequestAborted)));
}
