using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Reactions.RemoveReaction;

internal static class RemoveReactionEndpoint
{
    public static void MapRemoveReaction(this IEndpointRouteBuilder api) =>
        api.MapDelete("/users/{user_id}/posts/{post_id}/reactions/{emoji_name}", async (string user_id, string post_id, string emoji_name, HttpContext http, ISender sender) =>
        {
            await sender.Send(new RemoveReactionRequest(user_id, post_id, emoji_name), http.RequestAborted);
            return ApiResults.StatusOk();
        });
}
