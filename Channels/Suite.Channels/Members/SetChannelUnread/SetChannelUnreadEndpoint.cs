using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.SetChannelUnread;

internal static class SetChannelUnreadEndpoint
{
    public static void MapSetChannelUnread(this IEndpointRouteBuilder api) =>
        api.MapPost("/users/{user_id}/posts/{post_id}/set_unread", async (string user_id, string post_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new SetChannelUnreadRequest(user_id, post_id), http.RequestAborted)));
}
