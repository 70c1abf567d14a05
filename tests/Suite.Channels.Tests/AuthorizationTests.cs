using System.Net;
using Suite.Testing;
using Suite.Testing.Licensing;

namespace Suite.Channels.Tests;

/// <summary>Every Channels endpoint needs a session; private data never shows to outsiders.</summary>
public sealed class AuthorizationTests : ChannelsFixture
{
    private const string AnyId = "abcdefghijklmnopqrstuvwxyz";

    [TestCase("GET", "/api/v4/channels/{0}")]
    [TestCase("POST", "/api/v4/channels")]
    [TestCase("POST", "/api/v4/channels/direct")]
    [TestCase("POST", "/api/v4/channels/group")]
    [TestCase("PUT", "/api/v4/channels/{0}/patch")]
    [TestCase("DELETE", "/api/v4/channels/{0}")]
    [TestCase("POST", "/api/v4/channels/{0}/restore")]
    [TestCase("GET", "/api/v4/teams/{0}/channels")]
    [TestCase("GET", "/api/v4/users/me/channels")]
    [TestCase("GET", "/api/v4/channels/{0}/members")]
    [TestCase("GET", "/api/v4/channels/{0}/members/me")]
    [TestCase("POST", "/api/v4/channels/{0}/members")]
    [TestCase("DELETE", "/api/v4/channels/{0}/members/me")]
    [TestCase("POST", "/api/v4/channels/members/me/view")]
    [TestCase("GET", "/api/v4/users/me/teams/unread")]
    [TestCase("POST", "/api/v4/posts")]
    [TestCase("GET", "/api/v4/posts/{0}")]
    [TestCase("GET", "/api/v4/channels/{0}/posts")]
    [TestCase("GET", "/api/v4/posts/{0}/thread")]
    [TestCase("DELETE", "/api/v4/posts/{0}")]
    [TestCase("POST", "/api/v4/posts/{0}/pin")]
    [TestCase("POST", "/api/v4/reactions")]
    [TestCase("GET", "/api/v4/posts/{0}/reactions")]
    public async Task WithoutASession_EveryEndpointAnswersUnauthorized(string method, string path)
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var post = await Owner.Client.PostAsync(channel.Id(), "hello");
        var id = path.Contains("/posts/{0}", StringComparison.Ordinal) ? post.Id() : path.Contains("/teams/", StringComparison.Ordinal) ? TeamId : channel.Id();
        var body = method is "POST" or "PUT"
            ? path.EndsWith("/direct", StringComparison.Ordinal) || path.EndsWith("/group", StringComparison.Ordinal)
                ? (object)new[] { AnyId, AnyId }
                : path.EndsWith("/posts", StringComparison.Ordinal) ? new { channel_id = channel.Id(), message = "m" }
                : new { channel_id = channel.Id(), team_id = TeamId, name = "n", display_name = "d", type = "O", message = "m", user_id = AnyId, post_id = post.Id(), emoji_name = "x" }
            : null;

        using var anonymous = Api.Anonymous();
        await anonymous.SendErrorAsync(new HttpMethod(method), string.Format(System.Globalization.CultureInfo.InvariantCulture, path, id), body,
            HttpStatusCode.Unauthorized, "api.context.session_expired.app_error");
        Assert.That((await Owner.Client.ChannelAsync(channel.Id())).Long("total_msg_count"), Is.EqualTo(1), "nothing changed");
    }

    [Test]
    public async Task Outsiders_CannotReadOrWriteAPublicChannelOfAnotherTeam()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var post = await Owner.Client.PostAsync(channel.Id(), "team only");
        using var outsider = await OutsiderAsync();

        await outsider.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/channels/{channel.Id()}/posts", null, HttpStatusCode.Forbidden);
        await outsider.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/posts/{post.Id()}", null, HttpStatusCode.Forbidden);
        await outsider.Client.SendErrorAsync(HttpMethod.Post, $"/api/v4/channels/{channel.Id()}/members", new { user_id = outsider.Id }, HttpStatusCode.Forbidden);
        await outsider.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/posts", new { channel_id = channel.Id(), message = "let me in" }, HttpStatusCode.Forbidden);
        await outsider.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/teams/{TeamId}/channels", null, HttpStatusCode.Forbidden);
        await outsider.Client.SendErrorAsync(HttpMethod.Post, $"/api/v4/teams/{TeamId}/channels/search", new { term = "c" }, HttpStatusCode.Forbidden);
        Assert.That((await Owner.Client.ChannelAsync(channel.Id())).Long("total_msg_count"), Is.EqualTo(1));
    }

    [Test]
    public async Task NonMembersPosts_AreRefusedByTheWriteAndChangeNothing_EvenAmongMembersPosts()
    {
        var open = await Owner.Client.CreateChannelAsync(TeamId);
        var closed = await Owner.Client.CreateChannelAsync(TeamId, type: "P");
        await Owner.Client.PostAsync(open.Id(), "first");
        await Owner.Client.PostAsync(closed.Id(), "first");
        using var teammate = await TeamMemberAsync();
        var openBefore = await Owner.Client.ChannelAsync(open.Id());
        var closedBefore = await Owner.Client.ChannelAsync(closed.Id());

        // The refused posts may share a batch with members' posts: only the members' are written.
        var members = Enumerable.Range(0, 8).Select(i => Owner.Client.PostAsync(open.Id(), $"member {i}")).ToList();
        var refusedOpen = teammate.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/posts", new { channel_id = open.Id(), message = "not a member" }, HttpStatusCode.Forbidden);
        var refusedClosed = teammate.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/posts", new { channel_id = closed.Id(), message = "not a member" }, HttpStatusCode.NotFound);
        await Task.WhenAll(members);
        await Task.WhenAll(refusedOpen, refusedClosed);

        var openAfter = await Owner.Client.ChannelAsync(open.Id());
        var closedAfter = await Owner.Client.ChannelAsync(closed.Id());
        Assert.Multiple(async () =>
        {
            Assert.That(openAfter.Long("total_msg_count"), Is.EqualTo(openBefore.Long("total_msg_count") + 8));
            Assert.That((await Owner.Client.PostsAsync(open.Id())).Select(p => p.Message), Does.Not.Contain("not a member"));
            Assert.That(closedAfter.Long("total_msg_count"), Is.EqualTo(closedBefore.Long("total_msg_count")));
            Assert.That(closedAfter.Long("last_post_at"), Is.EqualTo(closedBefore.Long("last_post_at")), "a refused post must not move the channel's last post time");
        });
    }

    [Test]
    public async Task AMemberRemovedThroughOneProcess_CannotPostThroughAnother_WhoseChannelStillHoldsTheOldMembers()
    {
        await using var second = await SuiteHostProcess.StartAsync(Server.ConnectionString, ["Channels", "Licensing"], ClusterNodes.LicensedSettings());
        using var member = await TeamMemberAsync();
        using var throughSecond = second.WithToken(member.Token);
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        await Owner.Client.SendJsonAsync(HttpMethod.Post, $"/api/v4/channels/{channel}/members", new { user_id = member.Id }, HttpStatusCode.Created);
        await throughSecond.PostAsync(channel, "while a member");
        await throughSecond.PostAsync(channel, "still a member");

        await Owner.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{channel}/members/{member.Id}", null);
        var before = await Owner.Client.ChannelAsync(channel);
        await throughSecond.SendErrorAsync(HttpMethod.Post, "/api/v4/posts", new { channel_id = channel, message = "after removal" }, HttpStatusCode.Forbidden);

        var after = await Owner.Client.ChannelAsync(channel);
        Assert.That(after.Long("total_msg_count"), Is.EqualTo(before.Long("total_msg_count")));
        Assert.That((await Owner.Client.PostsAsync(channel)).Select(p => p.Message), Does.Not.Contain("after removal"));
    }

    [Test]
    public async Task PrivateChannelPosts_AreInvisibleToTeamMembersOutsideIt()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId, type: "P");
        var post = await Owner.Client.PostAsync(channel.Id(), "secret");
        using var member = await TeamMemberAsync();

        await member.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/posts/{post.Id()}/thread", null, HttpStatusCode.NotFound);
        await member.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/channels/{channel.Id()}/pinned", null, HttpStatusCode.NotFound);
        await member.Client.SendErrorAsync(HttpMethod.Post, $"/api/v4/posts/{post.Id()}/pin", null, HttpStatusCode.NotFound);
        await member.Client.SendErrorAsync(HttpMethod.Delete, $"/api/v4/posts/{post.Id()}", null, HttpStatusCode.NotFound);
        await member.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/channels/{channel.Id()}/stats", null, HttpStatusCode.NotFound);
        var mine = (await member.Client.GetJsonAsync($"/api/v4/users/me/teams/{TeamId}/channels")).EnumerateArray().Select(c => c.Id());
        Assert.That(mine, Does.Not.Contain(channel.Id()));
    }
}
