using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.ArchiveChannel;

internal static class ArchiveChannelEndpoint
{
    public static void MapArchiveChannel(this IEndpointRouteBuilder api) =>
        api.MapDelete("/channels/{channel_id}", async (string channel_id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new ArchiveChannelRequest(channel_id), http.RequestAborted);
            return ApiResults.StatusOk();
        });
}
