using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.EditPost;

internal static class EditPostEndpoint
{
    public static void MapEditPost(this IEndpointRouteBuilder api)
    {
        api.MapPut("/posts/{post_id}/patch", (string post_id, HttpContext http, ISender sender) => EditAsync(post_id, http, sender, update: false));
        api.MapPut("/posts/{post_id}", (string post_id, HttpContext http, ISender sender) => EditAsync(post_id, http, sender, update: true));
    }

    private static async Task<IResult> EditAsync(string postId, HttpContext http, ISender sender, bool update)
    {
        var body = await http.ReadBodyAsync<PostPatchBody>("post");
        if (update && (body.Id != postId || body.Message is null))
        {
            throw AppErrorException.InvalidBody(body.Id != postId ? "id" : "message");
        }

        var request = new EditPostRequest { PostId = postId, Message = body.Message, Props = body.Props, FileIds = body.FileIds };
        return ApiResults.Ok(await sender.Send(request, http.RequestAborted));
    }
}
