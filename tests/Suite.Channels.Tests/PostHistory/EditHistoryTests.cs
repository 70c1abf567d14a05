using System.Net;
using System.Text.Json;

namespace Suite.Channels.Tests.PostHistory;

/// <summary>A post's earlier versions (<c>GET /posts/{post_id}/edit_history</c>), kept on every edit of its message.</summary>
public sealed class EditHistoryTests : ChannelsFixture
{
    [Test]
    public async Task EditingTwice_KeepsBothEarlierVersionsNewestFirstAndLeavesThemOutOfTheChannel()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var post = await Owner.Client.PostAsync(channel.Id(), "first draft");
        await Owner.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/posts/{post.Id()}/patch", new { message = "second draft" });
        var final = await Owner.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/posts/{post.Id()}/patch", new { message = "final" });

        var history = await Owner.Client.GetJsonAsync($"/api/v4/posts/{post.Id()}/edit_history");

        var versions = history.EnumerateArray().ToList();
        Assert.That(versions.Select(v => v.Str("message")), Is.EqualTo(new[] { "second draft", "first draft" }));
        Assert.Multiple(() =>
        {
            Assert.That(versions.Select(v => v.Str("original_id")), Is.All.EqualTo(post.Id()));
            Assert.That(versions.Select(v => v.Id()), Has.None.EqualTo(post.Id()));
            Assert.That(versions[0].Long("delete_at"), Is.EqualTo(final.Long("edit_at")));
            Assert.That(versions[0].Long("edit_at"), Is.GreaterThan(0), "the second draft was itself an edit");
            Assert.That(versions[1].Long("edit_at"), Is.Zero);
        });
        var posts = await Owner.Client.PostsAsync(channel.Id());
        Assert.That(posts.Select(p => p.Message), Does.Contain("final").And.Not.Contain("first draft").And.Not.Contain("second draft"));
    }

    [Test]
    public async Task AnotherUsersHistory_AnswersForbidden()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        using var reader = await TeamMemberAsync();
        await reader.Client.AddMemberAsync(channel.Id(), reader.Id);
        var post = await Owner.Client.PostAsync(channel.Id(), "before");
        await Owner.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/posts/{post.Id()}/patch", new { message = "after" });

        await reader.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/posts/{post.Id()}/edit_history", null, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ABadIdAnUneditedPostAndAPropsOnlyPatch_AnswerBadRequestOrNotFound()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var post = await Owner.Client.PostAsync(channel.Id(), "never edited");
        await Owner.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/posts/{post.Id()}/patch", new { props = new { tag = "x" } });

        await Owner.Client.SendErrorAsync(HttpMethod.Get, "/api/v4/posts/not-an-id/edit_history", null, HttpStatusCode.BadRequest);
        await Owner.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/posts/{post.Id()}/edit_history", null, HttpStatusCode.NotFound, "app.post.get.app_error");
    }
}
