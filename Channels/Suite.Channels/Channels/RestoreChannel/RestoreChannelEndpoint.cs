using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.RestoreChannel;

internal static class RestoreChannelEndpoint
{
    public static void MapRestoreChannel(this IEndpointRouteBuilder api) =>
        api.MapPost("/channels/{channel_id}/restore", async (string channel_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new RestoreChannelRequest(channel_id), http.RequestAborted)));
}
