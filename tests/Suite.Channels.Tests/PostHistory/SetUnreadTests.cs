using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Channels.Tests.PostHistory;

/// <summary>Marking a channel unread from a post (<c>set_unread</c>) and reading the posts around the first unread one.</summary>
public sealed class SetUnreadTests : ChannelsFixture
{
    private static async Task ViewAsync(SignedInUser user, string channelId) =>
        await user.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/members/me/view", new { channel_id = channelId });

    [Test]
    public async Task SetUnread_RewindsTheMembersCountsCountsMentionsAgainAndTellsTheirClients()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        using var reader = await TeamMemberAsync();
        await reader.Client.AddMemberAsync(channel.Id(), reader.Id);
        await Owner.Client.PostAsync(channel.Id(), "old news");
        var first = await Owner.Client.PostAsync(channel.Id(), "new topic");
        await Owner.Client.PostAsync(channel.Id(), $"@{reader.User.Username} please look");
        await Owner.Client.PostAsync(channel.Id(), "reply", rootId: first.Id());
        await ViewAsync(reader, channel.Id());
        var channelNow = await Owner.Client.ChannelAsync(channel.Id());
        await using var readerEvents = await EventClient.ConnectAsync(Server.BaseAddress, reader.Token);

        var unread = await reader.Client.SendJsonAsync(HttpMethod.Post, $"/api/v4/users/me/posts/{first.Id()}/set_unread", new { collapsed_threads_supported = false });

        Assert.Multiple(() =>
        {
            Assert.That(unread.Str("channel_id"), Is.EqualTo(channel.Id()));
            Assert.That(unread.Str("team_id"), Is.EqualTo(TeamId));
            Assert.That(unread.Long("last_viewed_at"), Is.EqualTo(first.Long("create_at") - 1));
            Assert.That(unread.Long("msg_count"), Is.EqualTo(channelNow.Long("total_msg_count") - 3));
            Assert.That(unread.Long("msg_count_root"), Is.EqualTo(channelNow.Long("total_msg_count_root") - 2));
            Assert.That(unread.Long("mention_count"), Is.EqualTo(1));
            Assert.That(unread.Long("mention_count_root"), Is.EqualTo(1));
        });
        var member = await reader.Client.MemberAsync(channel.Id());
        Assert.That(member.Long("mention_count"), Is.EqualTo(1));
        Assert.That(member.Long("last_viewed_at"), Is.EqualTo(first.Long("create_at") - 1));
        var @event = await readerEvents.NextAsync("post_unread", d => d.Str("post_id") == first.Id());
        Assert.That(@event.GetProperty("data").Long("mention_count"), Is.EqualTo(1));
        Assert.That(@event.GetProperty("broadcast").Str("channel_id"), Is.EqualTo(channel.Id()));
    }

    [Test]
    public async Task UnreadPosts_AnswerTheFirstUnreadPostWithNeighboursOrTheNewestWhenAllIsRead()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        using var reader = await TeamMemberAsync();
        await reader.Client.AddMemberAsync(channel.Id(), reader.Id);
        var posts = new List<JsonElement>();
        for (var i = 0; i < 6; i++)
        {
            posts.Add(await Owner.Client.PostAsync(channel.Id(), $"message {i}"));
        }

        await ViewAsync(reader, channel.Id());
        var allRead = await reader.Client.GetJsonAsync($"/api/v4/users/me/channels/{channel.Id()}/posts/unread?limit_before=2&limit_after=2");
        Assert.That(Order(allRead), Is.EqualTo(new[] { posts[5].Id(), posts[4].Id() }));

        await reader.Client.SendJsonAsync(HttpMethod.Post, $"/api/v4/users/me/posts/{posts[3].Id()}/set_unread", new { });
        var around = await reader.Client.GetJsonAsync($"/api/v4/users/me/channels/{channel.Id()}/posts/unread?limit_before=2&limit_after=2");

        Assert.That(Order(around), Is.EqualTo(new[] { posts[4].Id(), posts[3].Id(), posts[2].Id(), posts[1].Id() }));
        Assert.That(around.Str("next_post_id"), Is.EqualTo(posts[5].Id()));
        Assert.That(around.Str("prev_post_id"), Is.EqualTo(posts[0].Id()));
    }

    [Test]
    public async Task SetUnreadForSomeoneElseOrInAnUnreadableChannel_AnswersForbiddenOrNotFound()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId, type: "P");
        var post = await Owner.Client.PostAsync(channel.Id(), "secret");
        using var stranger = await TeamMemberAsync();

        await stranger.Client.SendErrorAsync(HttpMethod.Post, $"/api/v4/users/{Owner.Id}/posts/{post.Id()}/set_unread", new { }, HttpStatusCode.Forbidden);
        await stranger.Client.SendErrorAsync(HttpMethod.Post, $"/api/v4/users/me/posts/{post.Id()}/set_unread", new { }, HttpStatusCode.NotFound);
        await stranger.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/users/me/channels/{channel.Id()}/posts/unread", null, HttpStatusCode.NotFound);
        Assert.That((await Owner.Client.MemberAsync(channel.Id())).Long("mention_count"), Is.Zero);
    }

    [Test]
    public async Task SetUnreadAndUnreadPostsWithBadInput_AnswerBadRequest()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        await Owner.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/users/me/posts/not-a-post/set_unread", new { }, HttpStatusCode.BadRequest);
        await Owner.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/users/me/channels/{channel.Id()}/posts/unread?limit_after=0", null, HttpStatusCode.BadRequest);
        await Owner.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/users/me/channels/{channel.Id()}/posts/unread?limit_before=500", null, HttpStatusCode.BadRequest);
    }
}
