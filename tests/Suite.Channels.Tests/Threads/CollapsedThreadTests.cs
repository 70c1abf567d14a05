using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Channels.Tests.Threads;

/// <summary>Mattermost's collapsed reply threads: who follows, what is unread, marking read and unread, and the thread events.</summary>
public sealed class CollapsedThreadTests : ChannelsFixture
{
    private string ThreadsPath(SignedInUser user) => $"/api/v4/users/{user.Id}/teams/{TeamId}/threads";

    private async Task<(SignedInUser Author, SignedInUser Replier, JsonElement Channel)> ChannelOfTwoAsync()
    {
        var author = await TeamMemberAsync();
        var replier = await TeamMemberAsync();
        var channel = await author.Client.CreateChannelAsync(TeamId);
        await author.Client.AddMemberAsync(channel.Id(), replier.Id);
        return (author, replier, channel);
    }

    private static JsonElement Single(JsonElement threads, string id) => threads.GetProperty("threads").EnumerateArray().Single(t => t.Id() == id);

    [Test]
    public async Task AReply_MakesTheRootAuthorAndTheReplierFollowWithTheRootAuthorsRepliesUnread()
    {
        var (author, replier, channel) = await ChannelOfTwoAsync();
        using var _ = author;
        using var __ = replier;
        var root = await author.Client.PostAsync(channel.Id(), "deploy at noon?");
        var lonely = await author.Client.PostAsync(channel.Id(), "no replies here");
        await replier.Client.PostAsync(channel.Id(), "yes", root.Id());
        await replier.Client.PostAsync(channel.Id(), $"@{author.User.Username} after lunch", root.Id());

        var authorThreads = await author.Client.GetJsonAsync(ThreadsPath(author));
        var replierThreads = await replier.Client.GetJsonAsync(ThreadsPath(replier));

        var thread = Single(authorThreads, root.Id());
        Assert.Multiple(() =>
        {
            Assert.That(authorThreads.GetProperty("threads").EnumerateArray().Select(t => t.Id()), Does.Not.Contain(lonely.Id()), "a post without replies is no thread");
            Assert.That(authorThreads.Long("total"), Is.EqualTo(1));
            Assert.That(authorThreads.Long("total_unread_threads"), Is.EqualTo(1));
            Assert.That(authorThreads.Long("total_unread_mentions"), Is.EqualTo(1));
            Assert.That(thread.Long("reply_count"), Is.EqualTo(2));
            Assert.That(thread.Long("unread_replies"), Is.EqualTo(2));
            Assert.That(thread.Long("unread_mentions"), Is.EqualTo(1));
            Assert.That(thread.GetProperty("post").Str("message"), Is.EqualTo("deploy at noon?"));
            Assert.That(thread.GetProperty("participants").EnumerateArray().Select(p => p.Str("id")), Is.EqualTo(new[] { replier.Id }));
            Assert.That(thread.Long("last_reply_at"), Is.GreaterThan(root.Long("create_at")));
            Assert.That(Single(replierThreads, root.Id()).Long("unread_replies"), Is.EqualTo(0), "the replier has read up to their own reply");
        });

        var extended = await author.Client.GetJsonAsync($"{ThreadsPath(author)}/{root.Id()}?extended=true");
        Assert.That(extended.GetProperty("participants")[0].Str("username"), Is.EqualTo(replier.User.Username));

        var unreads = await author.Client.GetJsonAsync("/api/v4/users/me/teams/unread?include_collapsed_threads=true");
        var team = unreads.EnumerateArray().Single(t => t.Str("team_id") == TeamId);
        Assert.Multiple(() =>
        {
            Assert.That(team.Long("thread_count"), Is.EqualTo(1));
            Assert.That(team.Long("thread_mention_count"), Is.EqualTo(1));
        });
        var withoutThreads = await author.Client.GetJsonAsync("/api/v4/users/me/teams/unread");
        Assert.That(withoutThreads.EnumerateArray().Single(t => t.Str("team_id") == TeamId).Long("thread_count"), Is.EqualTo(0));

        var byChannel = await author.Client.GetJsonAsync($"{ThreadsPath(author)}/mention_counts");
        Assert.That(byChannel.GetProperty(channel.Id()).GetInt64(), Is.EqualTo(1));
    }

    [Test]
    public async Task MarkingReadAndUnread_MovesTheCountsAndAnnouncesThem()
    {
        var (author, replier, channel) = await ChannelOfTwoAsync();
        using var _ = author;
        using var __ = replier;
        var root = await author.Client.PostAsync(channel.Id(), "root");
        var first = await replier.Client.PostAsync(channel.Id(), $"@{author.User.Username} first", root.Id());
        var second = await replier.Client.PostAsync(channel.Id(), "second", root.Id());
        await using var events = await EventClient.ConnectAsync(Server.BaseAddress, author.Token);

        var read = await author.Client.SendJsonAsync(HttpMethod.Put, $"{ThreadsPath(author)}/{root.Id()}/read/{second.Long("create_at")}", null);
        Assert.Multiple(() =>
        {
            Assert.That(read.Long("unread_replies"), Is.EqualTo(0));
            Assert.That(read.Long("unread_mentions"), Is.EqualTo(0));
            Assert.That(read.Long("last_viewed_at"), Is.EqualTo(second.Long("create_at")));
        });
        var readEvent = (await events.NextAsync("thread_read_changed")).GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(readEvent.Str("thread_id"), Is.EqualTo(root.Id()));
            Assert.That(readEvent.Str("channel_id"), Is.EqualTo(channel.Id()));
            Assert.That(readEvent.Long("previous_unread_replies"), Is.EqualTo(2));
            Assert.That(readEvent.Long("previous_unread_mentions"), Is.EqualTo(1));
            Assert.That(readEvent.Long("unread_replies"), Is.EqualTo(0));
        });

        var unread = await author.Client.SendJsonAsync(HttpMethod.Post, $"{ThreadsPath(author)}/{root.Id()}/set_unread/{first.Id()}", null);
        Assert.Multiple(() =>
        {
            Assert.That(unread.Long("unread_replies"), Is.EqualTo(2));
            Assert.That(unread.Long("unread_mentions"), Is.EqualTo(1));
        });
        var onlyUnread = await author.Client.GetJsonAsync($"{ThreadsPath(author)}?unread=true");
        Assert.That(onlyUnread.GetProperty("threads").GetArrayLength(), Is.EqualTo(1));

        await author.Client.SendJsonAsync(HttpMethod.Put, $"{ThreadsPath(author)}/read", null);
        var all = await author.Client.GetJsonAsync(ThreadsPath(author));
        Assert.Multiple(() =>
        {
            Assert.That(all.Long("total_unread_threads"), Is.EqualTo(0));
            Assert.That(all.Long("total_unread_mentions"), Is.EqualTo(0));
        });

        await author.Client.SendErrorAsync(HttpMethod.Post, $"{ThreadsPath(author)}/{root.Id()}/set_unread/{root.Id()[..25]}x", null, HttpStatusCode.BadRequest);
        var elsewhere = await author.Client.PostAsync(channel.Id(), "another root");
        await author.Client.SendErrorAsync(HttpMethod.Post, $"{ThreadsPath(author)}/{root.Id()}/set_unread/{elsewhere.Id()}", null, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Unfollowing_HidesTheThreadUntilFollowedAgainAndAnnouncesBoth()
    {
        var (author, replier, channel) = await ChannelOfTwoAsync();
        using var _ = author;
        using var __ = replier;
        var root = await author.Client.PostAsync(channel.Id(), "root");
        await replier.Client.PostAsync(channel.Id(), "reply", root.Id());
        await using var events = await EventClient.ConnectAsync(Server.BaseAddress, author.Token);

        await author.Client.SendJsonAsync(HttpMethod.Delete, $"{ThreadsPath(author)}/{root.Id()}/following", null);

        var unfollowed = (await events.NextAsync("thread_follow_changed")).GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(unfollowed.Str("thread_id"), Is.EqualTo(root.Id()));
            Assert.That(unfollowed.GetProperty("state").GetBoolean(), Is.False);
            Assert.That(unfollowed.Long("reply_count"), Is.EqualTo(1));
        });
        Assert.That((await author.Client.GetJsonAsync(ThreadsPath(author))).Long("total"), Is.EqualTo(0));

        await replier.Client.PostAsync(channel.Id(), "another reply", root.Id());
        Assert.That((await author.Client.GetJsonAsync(ThreadsPath(author))).Long("total"), Is.EqualTo(0), "an unfollowed thread stays unfollowed after more replies");

        await author.Client.SendJsonAsync(HttpMethod.Put, $"{ThreadsPath(author)}/{root.Id()}/following", null);
        Assert.That((await events.NextAsync("thread_follow_changed")).GetProperty("data").GetProperty("state").GetBoolean(), Is.True);
        var thread = Single(await author.Client.GetJsonAsync(ThreadsPath(author)), root.Id());
        Assert.That(thread.Long("unread_replies"), Is.EqualTo(0), "following marks the thread read");

        await replier.Client.PostAsync(channel.Id(), $"@{author.User.Username} look", root.Id());
        var updated = (await events.NextAsync("thread_updated")).GetProperty("data");
        var carried = JsonDocument.Parse(updated.Str("thread")).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(carried.Id(), Is.EqualTo(root.Id()));
            Assert.That(carried.Long("unread_replies"), Is.EqualTo(1));
            Assert.That(carried.Long("unread_mentions"), Is.EqualTo(1));
            Assert.That(updated.Long("previous_unread_replies"), Is.EqualTo(0));
            Assert.That(updated.Long("previous_unread_mentions"), Is.EqualTo(0));
        });
    }

    [Test]
    public async Task ThreadsPage_NewestReplyFirstWithCursors()
    {
        var (author, replier, channel) = await ChannelOfTwoAsync();
        using var _ = author;
        using var __ = replier;
        var roots = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var root = await author.Client.PostAsync(channel.Id(), $"root {i}");
            await replier.Client.PostAsync(channel.Id(), $"reply {i}", root.Id());
            roots.Add(root.Id());
        }

        var firstPage = await author.Client.GetJsonAsync($"{ThreadsPath(author)}?per_page=2");
        var ids = firstPage.GetProperty("threads").EnumerateArray().Select(t => t.Id()).ToList();
        Assert.That(ids, Is.EqualTo(new[] { roots[2], roots[1] }));
        Assert.That(firstPage.Long("total"), Is.EqualTo(3));
        var next = await author.Client.GetJsonAsync($"{ThreadsPath(author)}?per_page=2&before={ids[^1]}");
        Assert.That(next.GetProperty("threads").EnumerateArray().Select(t => t.Id()), Is.EqualTo(new[] { roots[0] }));
        var newer = await author.Client.GetJsonAsync($"{ThreadsPath(author)}?per_page=1&after={roots[0]}");
        Assert.That(newer.GetProperty("threads").EnumerateArray().Select(t => t.Id()), Is.EqualTo(new[] { roots[1] }));
        var totals = await author.Client.GetJsonAsync($"{ThreadsPath(author)}?totalsOnly=true");
        Assert.That(totals.GetProperty("threads").GetArrayLength(), Is.EqualTo(0));
        Assert.That(totals.Long("total"), Is.EqualTo(3));

        await author.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{channel.Id()}/members/{author.Id}", null);
        Assert.That((await author.Client.GetJsonAsync(ThreadsPath(author))).Long("total"), Is.EqualTo(0), "threads of a channel left are no longer listed");
    }

    [Test]
    public async Task OnlyTheUserThemselves_ReadsOrChangesTheirThreads()
    {
        var (author, replier, channel) = await ChannelOfTwoAsync();
        using var _ = author;
        using var __ = replier;
        using var outsider = await TeamMemberAsync();
        var secret = await author.Client.CreateChannelAsync(TeamId, type: "P");
        var root = await author.Client.PostAsync(secret.Id(), "private root");
        await author.Client.PostAsync(secret.Id(), "private reply", root.Id());

        await outsider.Client.SendErrorAsync(HttpMethod.Get, ThreadsPath(author), null, HttpStatusCode.Forbidden);
        await outsider.Client.SendErrorAsync(HttpMethod.Put, $"{ThreadsPath(outsider)}/{root.Id()}/following", null, HttpStatusCode.NotFound);
        await outsider.Client.SendErrorAsync(HttpMethod.Get, $"{ThreadsPath(outsider)}/{root.Id()}", null, HttpStatusCode.NotFound);
        await outsider.Client.SendErrorAsync(HttpMethod.Put, $"{ThreadsPath(outsider)}/{root.Id()}/read/0", null, HttpStatusCode.NotFound);
        await author.Client.SendErrorAsync(HttpMethod.Put, $"{ThreadsPath(author)}/{root.Id()}/read/yesterday", null, HttpStatusCode.BadRequest);
        await author.Client.SendErrorAsync(HttpMethod.Get, $"{ThreadsPath(author)}?per_page=0", null, HttpStatusCode.BadRequest);
        using var stranger = await OutsiderAsync();
        await stranger.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/users/{stranger.Id}/teams/{TeamId}/threads", null, HttpStatusCode.Forbidden);

        Assert.That((await outsider.Client.GetJsonAsync(ThreadsPath(outsider))).Long("total"), Is.EqualTo(0));
        Assert.That((await author.Client.GetJsonAsync(ThreadsPath(author))).Long("total"), Is.EqualTo(1));
    }
}
