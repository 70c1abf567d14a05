using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.SearchPosts;

internal static class SearchPostsEndpoint
{
    public static void MapSearchPosts(this IEndpointRouteBuilder api)
    {
        api.MapPost("/teams/{team_id}/posts/search", (string team_id, HttpContext http, ISender sender) => SearchAsync(team_id, http, sender));
        api.MapPost("/posts/search", (HttpContext http, ISender sender) => SearchAsync("", http, sender));
    }

    private static async Task<IResult> SearchAsync(string teamId, HttpContext http, ISender sender)
    {
        var body = await http.ReadBodyAsync<SearchPostsBody>("terms");
        var request = new SearchPostsRequest
        {
            TeamId = teamId,
            Terms = body.Terms ?? "",
            IsOrSearch = body.IsOrSearch ?? false,
            TimeZoneOffset = body.TimeZoneOffset ?? 0,
            IncludeDeletedChannels = body.IncludeDeletedChannels ?? false,
            Page = body.Page ?? 0,
            PerPage = Math.Min(body.PerPage ?? SearchPostsRequest.DefaultPerPage, SearchPostsRequest.MaxPerPage),
        };
        return ApiResults.Ok(await sender.Send(request, http.RequestAborted));
    }
}
