using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.CreatePost;

internal static class CreatePostEndpoint
{
    public static void MapCreatePost(this IEndpointRouteBuilder api) =>
        api.MapPost("/posts", async (HttpContext http, ISender sender) =>
            ApiResults.Created(await sender.Send(await http.ReadBodyAsync<CreatePostRequest>("post"), http.RequestAborted)));
}
