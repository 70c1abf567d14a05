using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.GetMyChannelMembers;

internal static class GetMyChannelMembersEndpoint
{
    public static void MapGetMyChannelMembers(this IEndpointRouteBuilder api) =>
        api.MapGet("/users/{user_id}/teams/{team_id}/channels/members", async (string user_id, string team_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetMyChannelMembersRequest(user_id, team_id), http.RequestAborted)));
}
