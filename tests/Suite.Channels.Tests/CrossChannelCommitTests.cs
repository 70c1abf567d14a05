using System.Net;
using Npgsql;
using Suite.Testing;

namespace Suite.Channels.Tests;

/// <summary>
/// Posts into many channels at once: each channel's grain commits its own queue, so a transaction
/// holds one channel's posts, counters stay exact, and one channel's failure fails only its posts.
/// </summary>
public sealed class CrossChannelCommitTests : ChannelsFixture
{
    private const int Channels = 12;
    private const int Writers = 6;
    private const int PostsPerWriter = 60;

    [Test]
    public async Task ConcurrentPostsIntoManyChannels_CommitPerChannel_AndKeepExactCounters()
    {
        var writers = new List<SignedInUser>();
        for (var i = 0; i < Writers; i++)
        {
            writers.Add(await TeamMemberAsync());
        }

        var reader = await TeamMemberAsync();
        try
        {
            var channels = new List<string>();
            for (var c = 0; c < Channels; c++)
            {
                var channel = await Owner.Client.CreateChannelAsync(TeamId);
                await Owner.Client.SendJsonAsync(HttpMethod.Post, $"/api/v4/channels/{channel.Id()}/members",
                    new { user_ids = writers.Append(reader).Select(u => u.Id).ToArray() }, HttpStatusCode.Created);
                await reader.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/members/me/view", new { channel_id = channel.Id() });
                channels.Add(channel.Id());
            }

            var expected = new int[Channels];
            var created = await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
            {
                var mine = new List<string>();
                for (var i = 0; i < PostsPerWriter; i++)
                {
                    var c = ((w * 7) + i) % Channels;
                    Interlocked.Increment(ref expected[c]);
                    using var response = await writers[w].Client.PostAsync("/api/v4/posts", SuiteApi.Json(
                        new { channel_id = channels[c], message = $"post {w}/{i} for @{reader.User.Username}" }));
                    mine.Add((await response.ReadJsonAsync(HttpStatusCode.Created)).Id());
                }

                return mine;
            })));

            var (posts, transactions, channelsPerTransaction) = await TransactionsAsync(created.SelectMany(c => c).ToArray());
            TestContext.Out.WriteLine($"{posts} posts in {transactions} transactions, up to {channelsPerTransaction} channels in one");
            Assert.That(posts, Is.EqualTo(Writers * PostsPerWriter));
            Assert.That(channelsPerTransaction, Is.EqualTo(1), "each channel's grain commits its own posts");
            for (var c = 0; c < Channels; c++)
            {
                var channel = await Owner.Client.ChannelAsync(channels[c]);
                var member = await reader.Client.MemberAsync(channels[c]);
                Assert.That(channel.Long("total_msg_count"), Is.EqualTo(expected[c]), $"channel {c}");
                Assert.That(member.Long("mention_count"), Is.EqualTo(expected[c]), $"mentions in channel {c}");
            }
        }
        finally
        {
            writers.Append(reader).ToList().ForEach(u => u.Dispose());
        }
    }

    [Test]
    public async Task PostsIntoAnArchivedChannel_FailAlone_WhileOtherChannelsPostsCommit()
    {
        var writers = new List<SignedInUser>();
        for (var i = 0; i < Writers; i++)
        {
            writers.Add(await TeamMemberAsync());
        }

        try
        {
            var channels = new List<string>();
            for (var c = 0; c < 4; c++)
            {
                var channel = await Owner.Client.CreateChannelAsync(TeamId);
                await Owner.Client.SendJsonAsync(HttpMethod.Post, $"/api/v4/channels/{channel.Id()}/members",
                    new { user_ids = writers.Select(u => u.Id).ToArray() }, HttpStatusCode.Created);
                channels.Add(channel.Id());
            }

            // Every grain knows its channel, so the posts below take the one-round-trip path.
            foreach (var channelId in channels)
            {
                using var warm = await writers[0].Client.PostAsync("/api/v4/posts", SuiteApi.Json(new { channel_id = channelId, message = "first" }));
                await warm.ReadJsonAsync(HttpStatusCode.Created);
            }

            using (var archive = await Owner.Client.DeleteAsync($"/api/v4/channels/{channels[0]}"))
            {
                Assert.That(archive.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            }

            var statuses = await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
            {
                var mine = new List<(int Channel, HttpStatusCode Status)>();
                for (var i = 0; i < 20; i++)
                {
                    var c = (w + i) % channels.Count;
                    using var response = await writers[w].Client.PostAsync("/api/v4/posts", SuiteApi.Json(new { channel_id = channels[c], message = $"post {w}/{i}" }));
                    mine.Add((c, response.StatusCode));
                }

                return mine;
            })));

            var all = statuses.SelectMany(s => s).ToList();
            Assert.That(all.Where(s => s.Channel == 0).Select(s => s.Status), Is.All.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(all.Where(s => s.Channel != 0).Select(s => s.Status), Is.All.EqualTo(HttpStatusCode.Created));
            for (var c = 1; c < channels.Count; c++)
            {
                var channel = await Owner.Client.ChannelAsync(channels[c]);
                Assert.That(channel.Long("total_msg_count"), Is.EqualTo(1 + all.Count(s => s.Channel == c)), $"channel {c}");
            }
        }
        finally
        {
            writers.ForEach(u => u.Dispose());
        }
    }

    /// <summary>Posts, transactions (by <c>xmin</c>) and the most channels one transaction wrote to.</summary>
    private async Task<(long Posts, long Transactions, long ChannelsPerTransaction)> TransactionsAsync(string[] postIds)
    {
        await using var db = NpgsqlDataSource.Create(Server.ConnectionString);
        await using var command = db.CreateCommand(
            """
            SELECT (SELECT count(*) FROM channels.posts WHERE id = ANY($1)),
                   (SELECT count(DISTINCT xmin::text) FROM channels.posts WHERE id = ANY($1)),
                   (SELECT max(n) FROM (SELECT count(DISTINCT channel_id) AS n FROM channels.posts WHERE id = ANY($1) GROUP BY xmin::text) t)
            """);
        command.Parameters.AddWithValue(postIds);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }
}
