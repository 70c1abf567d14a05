using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Boards.Api;
using Suite.Platform.Mediator;

namespace Suite.Boards.Onboarding;

/// <summary>Focalboard's onboarding route (<c>server/api/onboarding.go</c>).</summary>
internal static class OnboardingEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/teams/{teamId}/onboard", async (string teamId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new OnboardRequest(teamId), http.RequestAborted)));
    }
}
