using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Channels.Posts.GetPost;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Channels.Posts.Permalinks;

/// <summary>
/// Mattermost's post permalinks, which its bots and e-mails write: <c>/_redirect/pl/{post_id}</c> (the web app's
/// redirector, used by Playbooks' "Original Post" quotes) and <c>/{team}/pl/{post_id}</c>. Both send the browser to
/// the post in its channel (<c>/{team}/channels/{channel}?post={id}</c>), after sign-in when nobody is signed in. A
/// post the user may not read, or no post, answers 404 as <c>GET /api/v4/posts/{id}</c> does.
/// </summary>
internal static class PermalinkEndpoints
{
    public static void MapPermalinks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/_redirect/pl/{post_id}", (string post_id, HttpContext http, ISender sender, ICurrentUser user) =>
            RedirectAsync(post_id, preferredTeam: null, http, sender, user));
        endpoints.MapGet("/{team_name}/pl/{post_id}", (string team_name, string post_id, HttpContext http, ISender sender, ICurrentUser user) =>
            RedirectAsync(post_id, team_name, http, sender, user));
    }

    private static async Task<IResult> RedirectAsync(string postId, string? preferredTeam, HttpContext http, ISender sender, ICurrentUser user)
    {
        if (!user.IsAuthenticated)
        {
            return Results.Redirect($"/login?return={Uri.EscapeDataString(http.Request.Path.Value ?? "/")}");
        }

        var post = await sender.Send(new GetPostRequest(postId, IncludeDeleted: false), http.RequestAborted);
        var channel = await sender.Send(new Contracts.GetChannelInfo(post.ChannelId), http.RequestAborted)
            ?? throw PostErrors.NotFound();
        var teams = await sender.Send(new GetUserTeamsRequest(user.UserId), http.RequestAborted);

        // A direct or group message has no team: it opens in the team the link named, else the user's first.
        var team = channel.TeamId.Length > 0 ? teams.FirstOrDefault(t => t.Id == channel.TeamId)
            : teams.FirstOrDefault(t => t.Name == preferredTeam) ?? (teams.Count > 0 ? teams[0] : null);
        return team is null
            ? throw PostErrors.NotFound()
            : Results.Redirect($"/{team.Name}/channels/{Uri.EscapeDataString(channel.Name)}?post={postId}");
    }
}
