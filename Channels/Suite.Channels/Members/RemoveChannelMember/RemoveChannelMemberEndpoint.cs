using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.RemoveChannelMember;

internal static class RemoveChannelMemberEndpoint
{
    public static void MapRemoveChannelMember(this IEndpointRouteBuilder api) =>
        api.MapDelete("/channels/{channel_id}/members/{user_id}", async (string channel_id, string user_id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new RemoveChannelMemberRequest(channel_id, user_id), http.RequestAborted);
            return ApiResults.StatusOk();
        });
}
