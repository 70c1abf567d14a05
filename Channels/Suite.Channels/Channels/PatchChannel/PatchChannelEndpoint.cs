using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.PatchChannel;

internal static class PatchChannelEndpoint
{
    public static void MapPatchChannel(this IEndpointRouteBuilder api)
    {
        api.MapPut("/channels/{channel_id}/patch", (string channel_id, HttpContext http, ISender sender) => PatchAsync(channel_id, http, sender, requireId: false));
        api.MapPut("/channels/{channel_id}", (string channel_id, HttpContext http, ISender sender) => PatchAsync(channel_id, http, sender, requireId: true));
    }

    private static async Task<IResult> PatchAsync(string channelId, HttpContext http, ISender sender, bool requireId)
    {
        var patch = await http.ReadBodyAsync<ChannelPatch>("channel");
        if (requireId && patch.Id != channelId)
        {
            throw AppErrorException.InvalidBody("id", "The channel id in the body must match the URL.");
        }

        var request = new PatchChannelRequest
        {
            ChannelId = channelId,
            Name = patch.Name,
            DisplayName = patch.DisplayName,
            Purpose = patch.Purpose,
            Header = patch.Header,
        };
        return ApiResults.Ok(await sender.Send(request, http.RequestAborted));
    }
}
