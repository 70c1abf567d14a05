using System.Net;
using Suite.Testing;

namespace Suite.Channels.Tests;

public sealed class UnreadAndMentionTests : ChannelsFixture
{
    private async Task<(string ChannelId, SignedInUser A, SignedInUser B)> ChannelWithTwoMembersAsync()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var a = await TeamMemberAsync();
        var b = await TeamMemberAsync();
        await Owner.Client.AddMemberAsync(channel.Id(), a.Id);
        await Owner.Client.AddMemberAsync(channel.Id(), b.Id);
        await a.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/members/me/view", new { channel_id = channel.Id() });
        await b.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/members/me/view", new { channel_id = channel.Id() });
        return (channel.Id(), a, b);
    }

    [Test]
    public async Task Posts_CountAsUnreadForOthersAndAsReadForTheirAuthor()
    {
        var (channelId, a, b) = await ChannelWithTwoMembersAsync();
        using (a)
        using (b)
        {
            await a.Client.PostAsync(channelId, "one");
            await a.Client.PostAsync(channelId, "two");
            await b.Client.PostAsync(channelId, "three");

            var channel = await Owner.Client.ChannelAsync(channelId);
            var memberA = await a.Client.MemberAsync(channelId);
            var memberB = await b.Client.MemberAsync(channelId);
            Assert.Multiple(() =>
            {
                Assert.That(channel.Long("total_msg_count"), Is.EqualTo(3));
                Assert.That(memberA.Long("msg_count"), Is.EqualTo(2), "a read up to their own last post");
                Assert.That(memberB.Long("msg_count"), Is.EqualTo(3));
                Assert.That(memberB.Long("last_viewed_at"), Is.EqualTo(channel.Long("last_post_at")));
            });

            var view = await a.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/members/me/view", new { channel_id = channelId, prev_channel_id = "" });
            Assert.That(view.Str("status"), Is.EqualTo("OK"));
            Assert.That(view.GetProperty("last_viewed_at_times").GetProperty(channelId).GetInt64(), Is.EqualTo(channel.Long("last_post_at")));
            Assert.That((await a.Client.MemberAsync(channelId)).Long("msg_count"), Is.EqualTo(3));

            var again = await a.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/members/me/view", new { channel_id = channelId });
            Assert.That(again.GetProperty("last_viewed_at_times").EnumerateObject().Count(), Is.Zero, "nothing left to mark read");
        }
    }

    [Test]
    public async Task Mentions_RaiseTheMentionedMembersCountOnly()
    {
        var (channelId, a, b) = await ChannelWithTwoMembersAsync();
        using (a)
        using (b)
        {
            await a.Client.PostAsync(channelId, $"hey @{b.User.Username}, and @{a.User.Username} and @nobody-here");
            await a.Client.PostAsync(channelId, $"@{b.User.Username}. again");
            await a.Client.PostAsync(channelId, $"not a mention: `@{b.User.Username}` or mail{b.User.Username}");

            Assert.That((await b.Client.MemberAsync(channelId)).Long("mention_count"), Is.EqualTo(2));
            Assert.That((await a.Client.MemberAsync(channelId)).Long("mention_count"), Is.Zero);
            Assert.That((await Owner.Client.MemberAsync(channelId)).Long("mention_count"), Is.Zero);
        }
    }

    [TestCase("@channel")]
    [TestCase("@all")]
    public async Task ChannelWideMentions_RaiseEveryOtherMembersCount(string keyword)
    {
        var (channelId, a, b) = await ChannelWithTwoMembersAsync();
        using (a)
        using (b)
        {
            await a.Client.PostAsync(channelId, $"{keyword} standup in 5");
            Assert.That((await b.Client.MemberAsync(channelId)).Long("mention_count"), Is.EqualTo(1));
            Assert.That((await Owner.Client.MemberAsync(channelId)).Long("mention_count"), Is.GreaterThanOrEqualTo(1));
            Assert.That((await a.Client.MemberAsync(channelId)).Long("mention_count"), Is.Zero);
        }
    }

    [Test]
    public async Task ViewingAChannel_AlsoMarksThePreviousChannelRead()
    {
        var (left, a, b) = await ChannelWithTwoMembersAsync();
        using (a)
        using (b)
        {
            var entered = await Owner.Client.CreateChannelAsync(TeamId);
            await Owner.Client.AddMemberAsync(entered.Id(), b.Id);
            await a.Client.PostAsync(left, "posted while b was reading it");

            var view = await b.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/members/me/view", new { channel_id = entered.Id(), prev_channel_id = left });

            Assert.That(view.GetProperty("last_viewed_at_times").TryGetProperty(left, out _), Is.True);
            Assert.That((await b.Client.MemberAsync(left)).Long("msg_count"), Is.EqualTo((await Owner.Client.ChannelAsync(left)).Long("total_msg_count")));
        }
    }

    [Test]
    public async Task HereMention_RaisesTheCountOfOnlineMembersOnly()
    {
        var (channelId, a, b) = await ChannelWithTwoMembersAsync();
        var offline = await TeamMemberAsync();
        using (a)
        using (b)
        using (offline)
        {
            await Owner.Client.AddMemberAsync(channelId, offline.Id);
            await offline.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/members/me/view", new { channel_id = channelId });
            await b.Client.SendJsonAsync(HttpMethod.Put, "/api/v4/users/me/status", new { user_id = b.Id, status = "online" });

            await a.Client.PostAsync(channelId, "@here anyone around?");

            Assert.Multiple(async () =>
            {
                Assert.That((await b.Client.MemberAsync(channelId)).Long("mention_count"), Is.EqualTo(1), "online");
                Assert.That((await offline.Client.MemberAsync(channelId)).Long("mention_count"), Is.Zero, "offline");
                Assert.That((await a.Client.MemberAsync(channelId)).Long("mention_count"), Is.Zero, "the author");
            });
        }
    }

    [TestCase("@channel")]
    [TestCase("@here")]
    public async Task ChannelMentionsTurnedOffInTheUsersSettings_AreIgnoredButDirectMentionsCount(string keyword)
    {
        var (channelId, a, b) = await ChannelWithTwoMembersAsync();
        using (a)
        using (b)
        {
            await b.Client.SendJsonAsync(HttpMethod.Put, "/api/v4/users/me/status", new { user_id = b.Id, status = "online" });
            var patched = await b.Client.SendJsonAsync(HttpMethod.Put, "/api/v4/users/me/patch", new { notify_props = new Dictionary<string, string> { ["channel"] = "false", ["email"] = "true" } });
            Assert.That(patched.GetProperty("notify_props").GetProperty("channel").GetString(), Is.EqualTo("false"));

            await a.Client.PostAsync(channelId, $"{keyword} deploy starts");
            await a.Client.PostAsync(channelId, $"@{b.User.Username} deploy starts");

            Assert.That((await b.Client.MemberAsync(channelId)).Long("mention_count"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task IgnoringChannelMentions_SkipsChannelWideMentionsButNotDirectOnes()
    {
        var (channelId, a, b) = await ChannelWithTwoMembersAsync();
        using (a)
        using (b)
        {
            await b.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/channels/{channelId}/members/me/notify_props", new Dictionary<string, string> { ["ignore_channel_mentions"] = "on" });
            await a.Client.PostAsync(channelId, "@channel hello");
            await a.Client.PostAsync(channelId, $"@{b.User.Username} hello");
            Assert.That((await b.Client.MemberAsync(channelId)).Long("mention_count"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task MutedChannels_StillCountDirectMentionsButNotChannelWideOnes()
    {
        var (channelId, a, b) = await ChannelWithTwoMembersAsync();
        using (a)
        using (b)
        {
            await b.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/channels/{channelId}/members/me/notify_props", new Dictionary<string, string> { ["mark_unread"] = "mention" });
            await a.Client.PostAsync(channelId, "@all ship it");
            await a.Client.PostAsync(channelId, $"@{b.User.Username} ship it");
            var member = await b.Client.MemberAsync(channelId);
            Assert.That(member.Long("mention_count"), Is.EqualTo(1));
            Assert.That(member.GetProperty("notify_props").GetProperty("mark_unread").GetString(), Is.EqualTo("mention"));
        }
    }

    [Test]
    public async Task DirectMessages_CountEveryPostAsAMentionForTheOtherMember()
    {
        using var a = await TeamMemberAsync();
        using var b = await TeamMemberAsync();
        var channel = await a.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/direct", new[] { a.Id, b.Id }, HttpStatusCode.Created);
        await a.Client.PostAsync(channel.Id(), "ping");
        await a.Client.PostAsync(channel.Id(), "ping again");
        await b.Client.PostAsync(channel.Id(), "pong");

        Assert.That((await b.Client.MemberAsync(channel.Id())).Long("mention_count"), Is.Zero, "b read the channel by posting");
        Assert.That((await a.Client.MemberAsync(channel.Id())).Long("mention_count"), Is.EqualTo(1));
        await a.Client.PostAsync(channel.Id(), "one more");
        Assert.That((await b.Client.MemberAsync(channel.Id())).Long("mention_count"), Is.EqualTo(1));
    }

    [Test]
    public async Task MarkRead_MarksSeveralChannelsRead()
    {
        var (first, a, b) = await ChannelWithTwoMembersAsync();
        using (a)
        using (b)
        {
            await a.Client.PostAsync(first, $"@{b.User.Username} look");
            var dm = await a.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/direct", new[] { a.Id, b.Id }, HttpStatusCode.Created);
            await a.Client.PostAsync(dm.Id(), "and here");

            var answer = await b.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/members/me/mark_read", new[] { first, dm.Id() });
            Assert.That(answer.GetProperty("last_viewed_at_times").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { first, dm.Id() }));
            Assert.That((await b.Client.MemberAsync(first)).Long("mention_count"), Is.Zero);
            Assert.That((await b.Client.MemberAsync(dm.Id())).Long("mention_count"), Is.Zero);
            await b.Client.SendErrorAsync(HttpMethod.Post, $"/api/v4/channels/members/{a.Id}/view", new { channel_id = first }, HttpStatusCode.Forbidden);
        }
    }

    [Test]
    public async Task Replies_CountForTheChannelButNotAsRootMessages()
    {
        var (channelId, a, b) = await ChannelWithTwoMembersAsync();
        using (a)
        using (b)
        {
            var root = await a.Client.PostAsync(channelId, "root");
            await a.Client.PostAsync(channelId, "reply", root.Id());
            var channel = await Owner.Client.ChannelAsync(channelId);
            Assert.That(channel.Long("total_msg_count"), Is.EqualTo(2));
            Assert.That(channel.Long("total_msg_count_root"), Is.EqualTo(1));
            Assert.That(channel.Long("last_root_post_at"), Is.EqualTo(root.Long("create_at")));
        }
    }

    [Test]
    public async Task TeamUnreads_SumTheUsersUnreadMessagesAndMentionsPerTeam()
    {
        var (channelId, a, b) = await ChannelWithTwoMembersAsync();
        using (a)
        using (b)
        {
            var before = await TeamUnreadAsync(b);
            await a.Client.PostAsync(channelId, $"@{b.User.Username} one");
            await a.Client.PostAsync(channelId, "two");

            var after = await TeamUnreadAsync(b);
            Assert.That(after.Long("msg_count") - before.Long("msg_count"), Is.EqualTo(2));
            Assert.That(after.Long("mention_count") - before.Long("mention_count"), Is.EqualTo(1));
            await a.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/users/{b.Id}/teams/unread", null, System.Net.HttpStatusCode.Forbidden);
        }
    }

    private async Task<System.Text.Json.JsonElement> TeamUnreadAsync(SignedInUser user)
    {
        var all = await user.Client.GetJsonAsync("/api/v4/users/me/teams/unread");
        return all.EnumerateArray().Single(t => t.Str("team_id") == TeamId);
    }
}
