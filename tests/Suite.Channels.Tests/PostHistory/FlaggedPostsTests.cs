using System.Net;
using Suite.Testing;

namespace Suite.Channels.Tests.PostHistory;

/// <summary>Saved (flagged) posts: preferences of category <c>flagged_post</c>, read back through <c>GET /users/{user_id}/posts/flagged</c>.</summary>
public sealed class FlaggedPostsTests : ChannelsFixture
{
    private static async Task FlagAsync(SignedInUser user, string postId, string value = "true") =>
        await user.Client.SendJsonAsync(HttpMethod.Put, "/api/v4/users/me/preferences",
            new[] { new { user_id = user.Id, category = "flagged_post", name = postId, value } });

    [Test]
    public async Task FlaggedPosts_AnswerTheUsersSavedPostsNewestFirstFilteredByChannel()
    {
        using var me = await TeamMemberAsync();
        var first = await me.Client.CreateChannelAsync(TeamId);
        var second = await me.Client.CreateChannelAsync(TeamId);
        var a = await me.Client.PostAsync(first.Id(), "keep this");
        var b = await me.Client.PostAsync(second.Id(), "and this");
        var notSaved = await me.Client.PostAsync(second.Id(), "not this");
        var unflagged = await me.Client.PostAsync(second.Id(), "no longer");
        await FlagAsync(me, a.Id());
        await FlagAsync(me, b.Id());
        await FlagAsync(me, unflagged.Id(), "false");

        var all = await me.Client.GetJsonAsync("/api/v4/users/me/posts/flagged");
        var inTeam = await me.Client.GetJsonAsync($"/api/v4/users/me/posts/flagged?team_id={TeamId}&per_page=1");
        var inChannel = await me.Client.GetJsonAsync($"/api/v4/users/me/posts/flagged?channel_id={first.Id()}");

        Assert.That(Order(all), Is.EqualTo(new[] { b.Id(), a.Id() }));
        Assert.That(Order(all), Does.Not.Contain(notSaved.Id()).And.Not.Contain(unflagged.Id()));
        Assert.That(Order(inTeam), Is.EqualTo(new[] { b.Id() }));
        Assert.That(Order(inChannel), Is.EqualTo(new[] { a.Id() }));
    }

    [Test]
    public async Task AFlaggedPostInAChannelTheUserLeft_IsLeftOutAndOthersFlagsAreNotReadable()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId, type: "P");
        using var me = await TeamMemberAsync();
        await Owner.Client.AddMemberAsync(channel.Id(), me.Id);
        var post = await Owner.Client.PostAsync(channel.Id(), "private plans");
        await FlagAsync(me, post.Id());
        Assert.That(Order(await me.Client.GetJsonAsync("/api/v4/users/me/posts/flagged")), Is.EqualTo(new[] { post.Id() }));

        await me.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{channel.Id()}/members/{me.Id}", null);

        Assert.That(Order(await me.Client.GetJsonAsync("/api/v4/users/me/posts/flagged")), Is.Empty);
        await Owner.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/users/{me.Id}/posts/flagged", null, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task FlaggedPostsWithBadFilters_AnswerBadRequest()
    {
        await Owner.Client.SendErrorAsync(HttpMethod.Get, "/api/v4/users/me/posts/flagged?team_id=nope", null, HttpStatusCode.BadRequest);
        await Owner.Client.SendErrorAsync(HttpMethod.Get, "/api/v4/users/me/posts/flagged?channel_id=nope", null, HttpStatusCode.BadRequest);
        await Owner.Client.SendErrorAsync(HttpMethod.Get, "/api/v4/users/me/posts/flagged?page=-1", null, HttpStatusCode.BadRequest);
    }
}
