using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Suite.Testing;
using Suite.Testing.Licensing;

namespace Suite.Channels.Tests;

/// <summary>
/// Eight writers post 500 posts each into one channel through two Suite processes sharing one
/// database (the fixture's host and Suite.Host started as its own process), each post mentioning
/// one of four readers. Some posts are sent to both hosts at once
/// with the same pending id, as a client retrying against another node would.
/// </summary>
public sealed class ContentionTests : ChannelsFixture
{
    private const int Writers = 8;
    private const int PostsPerWriter = 500;
    private const int InFlightPerWriter = 4;
    private const int Readers = 4;

    [Test]
    public async Task ConcurrentWritersThroughTwoProcesses_StoreEveryPostOnceInFewerTransactionsWithExactCounters()
    {
        await using var second = await SuiteHostProcess.StartAsync(Server.ConnectionString, ["Channels", "Licensing"], ClusterNodes.LicensedSettings());
        var writers = new List<SignedInUser>();
        var readers = new List<SignedInUser>();
        for (var i = 0; i < Writers; i++)
        {
            writers.Add(await TeamMemberAsync());
        }

        for (var i = 0; i < Readers; i++)
        {
            readers.Add(await TeamMemberAsync());
        }

        try
        {
            var channel = await Owner.Client.CreateChannelAsync(TeamId);
            await Owner.Client.SendJsonAsync(HttpMethod.Post, $"/api/v4/channels/{channel.Id()}/members",
                new { user_ids = writers.Concat(readers).Select(u => u.Id).ToArray() }, HttpStatusCode.Created);
            foreach (var reader in readers)
            {
                await reader.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/members/me/view", new { channel_id = channel.Id() });
            }

            var secondClients = writers.Select(w => second.WithToken(w.Token)).ToList();
            var created = new ConcurrentDictionary<string, string>();
            var duplicates = new ConcurrentBag<(string First, string Second)>();
            var expectedMentions = new int[Readers];
            for (var n = 0; n < Writers * PostsPerWriter; n++)
            {
                expectedMentions[n % Readers]++;
            }

            var started = DateTime.UtcNow;
            await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
            {
                var next = -1;
                await Task.WhenAll(Enumerable.Range(0, InFlightPerWriter).Select(async _ =>
                {
                    int i;
                    while ((i = Interlocked.Increment(ref next)) < PostsPerWriter)
                    {
                        var n = (w * PostsPerWriter) + i;
                        var pending = $"{writers[w].Id}:{n}";
                        var body = new { channel_id = channel.Id(), message = $"post {n} for @{readers[n % Readers].User.Username}", pending_post_id = pending };
                        var client = i % 2 == 0 ? writers[w].Client : secondClients[w];
                        if (i % 50 == 0)
                        {
                            var both = await Task.WhenAll(SendAsync(writers[w].Client, body), SendAsync(secondClients[w], body));
                            duplicates.Add((both[0].Id(), both[1].Id()));
                            created[pending] = both[0].Id();
                        }
                        else
                        {
                            created[pending] = (await SendAsync(client, body)).Id();
                        }
                    }
                }));
            })));
            var elapsed = DateTime.UtcNow - started;
            TestContext.Out.WriteLine($"{Writers * PostsPerWriter} posts through two processes in {elapsed.TotalSeconds:F1} s");
            secondClients.ForEach(c => c.Dispose());

            Assert.That(created, Has.Count.EqualTo(Writers * PostsPerWriter));
            Assert.That(duplicates.All(d => d.First == d.Second), Is.True, "a retried pending id answers the post already made");

            var stored = await AllPostIdsAsync(channel.Id());
            Assert.That(stored, Has.Count.EqualTo(Writers * PostsPerWriter + Writers + Readers), "every post once, plus the add messages");
            Assert.That(stored.Distinct().Count(), Is.EqualTo(stored.Count));
            Assert.That(stored.Intersect(created.Values).Count(), Is.EqualTo(created.Count));

            var transactions = await Server.ScalarAsync<long>(
                "SELECT count(DISTINCT xmin::text) FROM channels.posts WHERE id = ANY(@ids)", ("ids", created.Values.ToArray()));
            TestContext.Out.WriteLine($"{created.Count} posts in {transactions} transactions");
            Assert.That(transactions, Is.LessThan(created.Count / 2), "posts queued behind a transaction in flight commit together");

            var after = await Owner.Client.ChannelAsync(channel.Id());
            Assert.That(after.Long("total_msg_count"), Is.EqualTo(Writers * PostsPerWriter));
            Assert.That(after.Long("total_msg_count_root"), Is.EqualTo(Writers * PostsPerWriter));
            for (var r = 0; r < Readers; r++)
            {
                var member = await readers[r].Client.MemberAsync(channel.Id());
                Assert.That(member.Long("mention_count"), Is.EqualTo(expectedMentions[r]), $"reader {r}");
                Assert.That(member.Long("mention_count_root"), Is.EqualTo(expectedMentions[r]), $"reader {r}, roots");
                Assert.That(member.Long("msg_count"), Is.Zero, $"reader {r} read nothing since");
                Assert.That(member.Long("msg_count_root"), Is.Zero, $"reader {r} read no root since");
            }

            foreach (var writer in writers)
            {
                // Posting reads the channel up to the author's post: every post until then, and none after it.
                var member = await writer.Client.MemberAsync(channel.Id());
                var readUpToTheirLastPost = await Server.ScalarAsync<long>(
                    "SELECT count(*) FROM channels.posts WHERE channel_id = @channelId AND type = '' AND create_at <= @viewedAt",
                    ("channelId", channel.Id()), ("viewedAt", member.Long("last_viewed_at")));
                Assert.That(member.Long("mention_count"), Is.Zero);
                Assert.That(member.Long("msg_count"), Is.EqualTo(readUpToTheirLastPost));
                Assert.That(member.Long("msg_count_root"), Is.EqualTo(readUpToTheirLastPost));
            }
        }
        finally
        {
            writers.Concat(readers).ToList().ForEach(u => u.Dispose());
        }
    }

    private static async Task<JsonElement> SendAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsync("/api/v4/posts", SuiteApi.Json(body));
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    private async Task<List<string>> AllPostIdsAsync(string channelId)
    {
        var ids = new List<string>();
        var before = "";
        while (true)
        {
            var list = await Owner.Client.GetJsonAsync($"/api/v4/channels/{channelId}/posts?per_page=200&skipFetchThreads=true" + (before.Length > 0 ? $"&before={before}" : ""));
            var order = Order(list);
            ids.AddRange(order);
            if (order.Count < 200)
            {
                return ids;
            }

            before = order[^1];
        }
    }
}
