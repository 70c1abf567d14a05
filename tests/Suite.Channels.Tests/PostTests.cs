using System.Net;
using Suite.Testing;

namespace Suite.Channels.Tests;

public sealed class PostTests : ChannelsFixture
{
    private static readonly string[] FileIds = ["abcdefghijklmnopqrstuvwxyz"];
    private static readonly string[] Emojis = ["+1", "tada"];

    [Test]
    public async Task CreatePost_StoresMarkdownAsWrittenAndAnswersMattermostsShape()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        const string message = "**Deploy** done. See #release-1.2, #ops! and #x; `#not` counts too";
        var post = await Owner.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/posts", new
        {
            channel_id = channel.Id(),
            message,
            pending_post_id = $"{Owner.Id}:1700000000000",
            props = new { from_app = "ci", attachments = Array.Empty<object>() },
            file_ids = FileIds,
        }, HttpStatusCode.Created);

        Assert.Multiple(() =>
        {
            Assert.That(post.Str("message"), Is.EqualTo(message));
            Assert.That(post.Str("pending_post_id"), Is.EqualTo($"{Owner.Id}:1700000000000"));
            Assert.That(post.Str("hashtags"), Is.EqualTo("#release-1.2 #ops #not"));
            Assert.That(post.Str("user_id"), Is.EqualTo(Owner.Id));
            Assert.That(post.Str("root_id"), Is.Empty);
            Assert.That(post.Str("type"), Is.Empty);
            Assert.That(post.Long("edit_at"), Is.Zero);
            Assert.That(post.Long("create_at"), Is.GreaterThan(0));
            Assert.That(post.GetProperty("props").GetProperty("from_app").GetString(), Is.EqualTo("ci"));
            Assert.That(post.GetProperty("file_ids").GetArrayLength(), Is.Zero, "an id of no upload of the author's is dropped, as in Mattermost");
            Assert.That(post.GetProperty("metadata").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Object));
        });

        var read = await Owner.Client.GetJsonAsync($"/api/v4/posts/{post.Id()}");
        Assert.That(read.Str("message"), Is.EqualTo(message));
        Assert.That(read.GetProperty("file_ids").GetArrayLength(), Is.Zero);
        var channelAfter = await Owner.Client.ChannelAsync(channel.Id());
        Assert.That(channelAfter.Long("total_msg_count"), Is.EqualTo(1));
        Assert.That(channelAfter.Long("last_post_at"), Is.EqualTo(post.Long("create_at")));
    }

    [Test]
    public async Task CreatePost_RetriedWithTheSamePendingId_AnswersTheSamePost()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var pending = $"{Owner.Id}:{Guid.NewGuid():N}";
        var first = await Owner.Client.PostAsync(channel.Id(), "once", pendingPostId: pending);
        var again = await Owner.Client.PostAsync(channel.Id(), "once", pendingPostId: pending);

        Assert.That(again.Id(), Is.EqualTo(first.Id()));
        Assert.That((await Owner.Client.ChannelAsync(channel.Id())).Long("total_msg_count"), Is.EqualTo(1));
    }

    [Test]
    public async Task CreatePost_WithAMessageOverTheLimit_AnswersBadRequestAndStoresNothing()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        await Owner.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/posts", new { channel_id = channel.Id(), message = new string('a', 16384) }, HttpStatusCode.BadRequest);
        await Owner.Client.PostAsync(channel.Id(), new string('b', 16383));
        Assert.That((await Owner.Client.ChannelAsync(channel.Id())).Long("total_msg_count"), Is.EqualTo(1));
    }

    [TestCase("{\"channel_id\":\"nope\",\"message\":\"x\"}")]
    [TestCase("{\"channel_id\":42}")]
    [TestCase("{not json")]
    [TestCase("{\"channel_id\":\"abcdefghijklmnopqrstuvwxyz\",\"message\":\"x\",\"type\":\"system_join_channel\"}")]
    [TestCase("{\"channel_id\":\"abcdefghijklmnopqrstuvwxyz\",\"message\":\"x\",\"props\":[1]}")]
    public async Task CreatePost_WithMalformedInput_AnswersBadRequest(string body)
    {
        using var response = await Owner.Client.PostAsync("/api/v4/posts", SuiteApi.Raw(body));
        await response.ReadErrorAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task CreatePost_InAPublicChannelTheUserHasNotJoined_AnswersForbidden()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        using var user = await TeamMemberAsync();
        await user.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/posts", new { channel_id = channel.Id(), message = "hi" }, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Replies_MustPointToARootInTheSameChannel()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var other = await Owner.Client.CreateChannelAsync(TeamId);
        var root = await Owner.Client.PostAsync(channel.Id(), "root");
        var reply = await Owner.Client.PostAsync(channel.Id(), "reply", root.Id());

        await Owner.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/posts", new { channel_id = other.Id(), message = "x", root_id = root.Id() }, HttpStatusCode.BadRequest);
        await Owner.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/posts", new { channel_id = channel.Id(), message = "x", root_id = reply.Id() }, HttpStatusCode.BadRequest);
        await Owner.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/posts", new { channel_id = channel.Id(), message = "x", root_id = "abcdefghijklmnopqrstuvwxyz" }, HttpStatusCode.BadRequest);

        Assert.That(reply.Long("reply_count"), Is.EqualTo(1));
        var rootAfter = await Owner.Client.GetJsonAsync($"/api/v4/posts/{root.Id()}");
        Assert.That(rootAfter.Long("reply_count"), Is.EqualTo(1));
        Assert.That(rootAfter.Long("last_reply_at"), Is.EqualTo(reply.Long("create_at")));
    }

    [Test]
    public async Task GetThread_AnswersTheRootAndItsRepliesFromAnyPostOfTheThread()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var root = await Owner.Client.PostAsync(channel.Id(), "root");
        var r1 = await Owner.Client.PostAsync(channel.Id(), "one", root.Id());
        var r2 = await Owner.Client.PostAsync(channel.Id(), "two", root.Id());
        await Owner.Client.PostAsync(channel.Id(), "unrelated");

        var thread = await Owner.Client.GetJsonAsync($"/api/v4/posts/{r1.Id()}/thread");
        Assert.That(Order(thread), Is.EqualTo(new[] { r2.Id(), r1.Id(), root.Id() }));
    }

    [Test]
    public async Task EditPost_ByTheAuthor_SetsEditAtAndRecomputesHashtags()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var post = await Owner.Client.PostAsync(channel.Id(), "first #one");
        var patched = await Owner.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/posts/{post.Id()}/patch", new { message = "second #two" });
        var updated = await Owner.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/posts/{post.Id()}", new { id = post.Id(), message = "third" });

        Assert.Multiple(() =>
        {
            Assert.That(patched.Str("message"), Is.EqualTo("second #two"));
            Assert.That(patched.Str("hashtags"), Is.EqualTo("#two"));
            Assert.That(patched.Long("edit_at"), Is.GreaterThan(0));
            Assert.That(updated.Str("message"), Is.EqualTo("third"));
            Assert.That(updated.Long("update_at"), Is.GreaterThanOrEqualTo(patched.Long("update_at")));
        });
    }

    [Test]
    public async Task EditPost_BySomeoneElse_AnswersForbidden()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        using var user = await TeamMemberAsync();
        await Owner.Client.AddMemberAsync(channel.Id(), user.Id);
        var post = await Owner.Client.PostAsync(channel.Id(), "mine");
        await user.Client.SendErrorAsync(HttpMethod.Put, $"/api/v4/posts/{post.Id()}/patch", new { message = "yours" }, HttpStatusCode.Forbidden);
        Assert.That((await Owner.Client.GetJsonAsync($"/api/v4/posts/{post.Id()}")).Str("message"), Is.EqualTo("mine"));
    }

    [Test]
    public async Task DeletePost_OfARoot_DeletesItsReplies()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var root = await Owner.Client.PostAsync(channel.Id(), "root");
        var reply = await Owner.Client.PostAsync(channel.Id(), "reply", root.Id());
        var kept = await Owner.Client.PostAsync(channel.Id(), "kept");

        await Owner.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/posts/{root.Id()}", null);

        await Owner.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/posts/{root.Id()}", null, HttpStatusCode.NotFound);
        await Owner.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/posts/{reply.Id()}", null, HttpStatusCode.NotFound);
        var list = await Owner.Client.GetJsonAsync($"/api/v4/channels/{channel.Id()}/posts");
        Assert.That(Order(list), Is.EqualTo(new[] { kept.Id() }));
        var deleted = await Admin.Client.GetJsonAsync($"/api/v4/posts/{root.Id()}?include_deleted=true");
        Assert.That(deleted.Long("delete_at"), Is.GreaterThan(0));
    }

    [Test]
    public async Task DeletePost_NeedsTheAuthorOrAnAdmin()
    {
        using var creator = await TeamMemberAsync();
        var channel = await creator.Client.CreateChannelAsync(TeamId);
        using var a = await TeamMemberAsync();
        using var b = await TeamMemberAsync();
        await creator.Client.AddMemberAsync(channel.Id(), a.Id);
        await creator.Client.AddMemberAsync(channel.Id(), b.Id);
        var first = await a.Client.PostAsync(channel.Id(), "a says");
        var second = await a.Client.PostAsync(channel.Id(), "a says again");

        await b.Client.SendErrorAsync(HttpMethod.Delete, $"/api/v4/posts/{first.Id()}", null, HttpStatusCode.Forbidden);
        await creator.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/posts/{first.Id()}", null);
        await a.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/posts/{second.Id()}", null);
    }

    [Test]
    public async Task PinningAndUnpinning_ShowsInThePinnedList()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var a = await Owner.Client.PostAsync(channel.Id(), "a");
        var b = await Owner.Client.PostAsync(channel.Id(), "b");
        await Owner.Client.SendJsonAsync(HttpMethod.Post, $"/api/v4/posts/{a.Id()}/pin", null);
        await Owner.Client.SendJsonAsync(HttpMethod.Post, $"/api/v4/posts/{b.Id()}/pin", null);
        await Owner.Client.SendJsonAsync(HttpMethod.Post, $"/api/v4/posts/{b.Id()}/unpin", null);

        var pinned = await Owner.Client.GetJsonAsync($"/api/v4/channels/{channel.Id()}/pinned");
        Assert.That(Order(pinned), Is.EqualTo(new[] { a.Id() }));
        Assert.That(Post(pinned, a.Id()).GetProperty("is_pinned").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Reactions_AreAddedListedAndRemoved()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        using var user = await TeamMemberAsync();
        await Owner.Client.AddMemberAsync(channel.Id(), user.Id);
        var post = await Owner.Client.PostAsync(channel.Id(), "react to me");

        var reaction = await user.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/reactions", new { user_id = user.Id, post_id = post.Id(), emoji_name = "+1" });
        Assert.That(reaction.Str("emoji_name"), Is.EqualTo("+1"));
        await Owner.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/reactions", new { user_id = Owner.Id, post_id = post.Id(), emoji_name = "tada" });

        var listed = await Owner.Client.GetJsonAsync($"/api/v4/posts/{post.Id()}/reactions");
        Assert.That(listed.EnumerateArray().Select(r => r.Str("emoji_name")), Is.EquivalentTo(Emojis));
        var read = await Owner.Client.GetJsonAsync($"/api/v4/posts/{post.Id()}");
        Assert.That(read.GetProperty("has_reactions").GetBoolean(), Is.True);
        Assert.That(read.GetProperty("metadata").GetProperty("reactions").GetArrayLength(), Is.EqualTo(2));

        await user.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/reactions", new { user_id = Owner.Id, post_id = post.Id(), emoji_name = "smile" }, HttpStatusCode.Forbidden);
        await user.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/reactions", new { user_id = user.Id, post_id = post.Id(), emoji_name = ":bad:" }, HttpStatusCode.BadRequest);

        await user.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/users/me/posts/{post.Id()}/reactions/+1", null);
        await Owner.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/users/{Owner.Id}/posts/{post.Id()}/reactions/tada", null);
        var after = await Owner.Client.GetJsonAsync($"/api/v4/posts/{post.Id()}");
        Assert.That(after.GetProperty("has_reactions").GetBoolean(), Is.False);
        Assert.That((await Owner.Client.GetJsonAsync($"/api/v4/posts/{post.Id()}/reactions")).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Reactions_OnAPrivateChannelPost_AreInvisibleToNonMembers()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId, type: "P");
        var post = await Owner.Client.PostAsync(channel.Id(), "secret");
        using var user = await TeamMemberAsync();
        await user.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/posts/{post.Id()}/reactions", null, HttpStatusCode.NotFound);
        await user.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/posts/{post.Id()}", null, HttpStatusCode.NotFound);
        await user.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/reactions", new { user_id = user.Id, post_id = post.Id(), emoji_name = "eyes" }, HttpStatusCode.NotFound);
    }
}
