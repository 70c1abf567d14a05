using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.UpdateChannelPrivacy;

internal static class UpdateChannelPrivacyEndpoint
{
    public static void MapUpdateChannelPrivacy(this IEndpointRouteBuilder api) =>
        api.MapPut("/channels/{channel_id}/privacy", async (string channel_id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<ChannelPrivacyBody>("privacy");
            return ApiResults.Ok(await sender.Send(new UpdateChannelPrivacyRequest(channel_id, body.Privacy ?? ""), http.RequestAborted));
        });
}
