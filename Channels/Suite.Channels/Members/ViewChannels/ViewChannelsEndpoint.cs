using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.ViewChannels;

internal static class ViewChannelsEndpoint
{
    public static void MapViewChannels(this IEndpointRouteBuilder api)
    {
        api.MapPost("/channels/members/{user_id}/view", async (string user_id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<ViewChannelBody>("channel_id");
            var ids = new[] { body.ChannelId, body.PrevChannelId }.Where(id => !string.IsNullOrEmpty(id)).Select(id => id!).ToList();
            return ApiResults.Ok(await sender.Send(new ViewChannelsRequest(user_id, ids), http.RequestAborted));
        });
        api.MapPost("/channels/members/{user_id}/mark_read", async (string user_id, HttpContext http, ISender sender) =>
        {
            var ids = await http.ReadBodyAsync<List<string>>("channel_ids");
            return ApiResults.Ok(await sender.Send(new ViewChannelsRequest(user_id, ids), http.RequestAborted));
        });
    }
}
