using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.GetChannelMember;

internal static class GetChannelMemberEndpoint
{
    public static void MapGetChannelMember(this IEndpointRouteBuilder api) =>
        api.MapGet("/channels/{channel_id}/members/{user_id}", async (string channel_id, string user_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetChannelMemberRequest(channel_id, user_id), http.RequestAborted)));
}
