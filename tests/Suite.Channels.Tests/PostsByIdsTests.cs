using System.Net;
using Suite.Testing;

namespace Suite.Channels.Tests;

/// <summary>Mattermost's <c>POST /posts/ids</c>: the posts the caller may read among those asked for.</summary>
public sealed class PostsByIdsTests : ChannelsFixture
{
    [Test]
    public async Task PostsByIds_AnswersReadablePostsOnly_LeavingOutDeletedUnknownAndHiddenOnes()
    {
        using var user = await TeamMemberAsync();
        using var other = await TeamMemberAsync();
        var open = await user.Client.CreateChannelAsync(TeamId);
        var secret = await other.Client.CreateChannelAsync(TeamId, type: "P");
        var first = await user.Client.PostAsync(open.Id(), "first");
        var second = await user.Client.PostAsync(open.Id(), "second");
        var deleted = await user.Client.PostAsync(open.Id(), "gone");
        await user.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/posts/{deleted.Id()}", null);
        var hidden = await other.Client.PostAsync(secret.Id(), "not for you");

        var posts = await user.Client.SendJsonAsync(
            HttpMethod.Post, "/api/v4/posts/ids", new[] { second.Id(), first.Id(), deleted.Id(), hidden.Id(), Suite.Platform.Ids.New(), first.Id() });

        Assert.That(posts.EnumerateArray().Select(p => p.Str("message")), Is.EqualTo(new[] { "first", "second" }));
        await user.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/posts/ids", Array.Empty<string>(), HttpStatusCode.BadRequest);
        await user.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/posts/ids", new[] { "not-an-id" }, HttpStatusCode.BadRequest);
        using var anonymous = Api.Anonymous();
        await anonymous.SendErrorAsync(HttpMethod.Post, "/api/v4/posts/ids", new[] { first.Id() }, HttpStatusCode.Unauthorized);
    }
}
