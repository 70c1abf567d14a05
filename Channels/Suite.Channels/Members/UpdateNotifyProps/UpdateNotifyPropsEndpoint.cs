using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.UpdateNotifyProps;

internal static class UpdateNotifyPropsEndpoint
{
    public static void MapUpdateNotifyProps(this IEndpointRouteBuilder api) =>
        api.MapPut("/channels/{channel_id}/members/{user_id}/notify_props", async (string channel_id, string user_id, HttpContext http, ISender sender) =>
        {
            var props = await http.ReadBodyAsync<Dictionary<string, string>>("notify_props");
            await sender.Send(new UpdateNotifyPropsRequest(channel_id, user_id, props), http.RequestAborted);
            return ApiResults.StatusOk();
        });
}
