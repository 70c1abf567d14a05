using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.GetChannel;

internal static class GetChannelEndpoint
{
    public static void MapGetChannel(this IEndpointRouteBuilder api) =>
        api.MapGet("/channels/{channel_id}", async (string channel_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetChannelRequest(channel_id), http.RequestAborted)));
}
