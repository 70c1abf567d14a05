using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Npgsql;
using Suite.Testing;
using Suite.Testing.Licensing;

namespace Suite.Channels.Tests;

/// <summary>
/// Two Suite processes beside the fixture's host post steadily into one channel whose grain is
/// active on one of them; that process is killed with <c>kill -9</c>. Writers retry a failed post
/// with the same pending id (as Mattermost's clients do), those of the dead node through the other.
/// </summary>
public sealed class FailoverTests : ChannelsFixture
{
    private const int WritersPerNode = 4;
    private static readonly string[] Modules = ["Channels", "Licensing"];
    private static readonly TimeSpan PostingBeforeKill = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan PostingAfterKill = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromSeconds(5);

    [Test]
    public async Task GrainsNodeKilledDuringSteadyPosting_StoresEveryAcknowledgedPostOnceWithExactCounters_AndTakesWritesAgainWithinFiveSeconds()
    {
        var doomed = await SuiteHostProcess.StartAsync(Server.ConnectionString, Modules, ClusterNodes.LicensedSettings());
        await using var survivor = await SuiteHostProcess.StartAsync(Server.ConnectionString, Modules, ClusterNodes.LicensedSettings());
        var writers = new List<SignedInUser>();
        for (var i = 0; i < 2 * WritersPerNode; i++)
        {
            writers.Add(await TeamMemberAsync());
        }

        using var reader = await TeamMemberAsync();
        var clients = new List<HttpClient>();
        try
        {
            // Everything about the channel goes through the doomed node, so its grain is activated there
            // (a channel's grain is placed on the node of its first write).
            using var ownerOnDoomed = doomed.WithToken(Owner.Token);
            var channelId = (await ownerOnDoomed.CreateChannelAsync(TeamId)).Id();
            await ownerOnDoomed.SendJsonAsync(HttpMethod.Post, $"/api/v4/channels/{channelId}/members",
                new { user_ids = writers.Append(reader).Select(u => u.Id).ToArray() }, HttpStatusCode.Created);
            using var readerOnDoomed = doomed.WithToken(reader.Token);
            await readerOnDoomed.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/members/me/view", new { channel_id = channelId });

            var run = new PostingRun(channelId, reader.User.Username);
            var posting = writers.Select((w, i) =>
            {
                var onSurvivor = survivor.WithToken(w.Token);
                var onDoomed = i < WritersPerNode ? doomed.WithToken(w.Token) : null;
                clients.Add(onSurvivor);
                if (onDoomed is not null)
                {
                    clients.Add(onDoomed);
                }

                return Task.Run(() => run.WriteAsync(w.Id, onDoomed, onSurvivor));
            }).ToList();

            await Task.Delay(PostingBeforeKill);
            await doomed.KillAsync();
            run.Killed();
            await Task.Delay(PostingAfterKill);
            run.Stop();
            await Task.WhenAll(posting).WaitAsync(TimeSpan.FromSeconds(60));

            TestContext.Out.WriteLine($"{run.Acknowledged.Count} posts acknowledged, {run.FailuresAfterKill} failed attempts after the kill, " +
                $"first write after the kill {run.RecoveredAfter?.TotalSeconds:F2} s after it");
            // Writes through the other node then either fail fast or wait in Orleans until the grain is active again
            // (both seen: 20 failed attempts and 1.0 s, or none and 4.0 s under a load average of 34), so only the
            // time to the first write after the kill is asserted.
            Assert.That(run.RecoveredAfter, Is.Not.Null.And.LessThanOrEqualTo(RecoveryLimit), "writes to the channel succeed again within 5 s");

            var stored = await StoredPostsAsync(channelId);
            Assert.That(stored.Select(p => p.Id).Distinct().Count(), Is.EqualTo(stored.Count));
            Assert.That(stored.Select(p => p.PendingPostId).Distinct().Count(), Is.EqualTo(stored.Count), "no pending id twice");
            var storedIds = stored.ToDictionary(p => p.PendingPostId, p => p.Id);
            foreach (var (pending, id) in run.Acknowledged)
            {
                Assert.That(storedIds.GetValueOrDefault(pending), Is.EqualTo(id), $"acknowledged post {pending} is stored under the id it was answered with");
            }

            Assert.That(stored, Has.Count.EqualTo(run.Acknowledged.Count), "every post was retried until acknowledged, so nothing else is stored");

            var channel = await Owner.Client.ChannelAsync(channelId);
            Assert.That(channel.Long("total_msg_count"), Is.EqualTo(stored.Count));
            Assert.That(channel.Long("total_msg_count_root"), Is.EqualTo(stored.Count));
            var readerMember = await reader.Client.MemberAsync(channelId);
            Assert.That(readerMember.Long("mention_count"), Is.EqualTo(stored.Count), "every post mentions the reader");
            Assert.That(readerMember.Long("msg_count"), Is.Zero);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
            writers.ForEach(w => w.Dispose());
            await doomed.DisposeAsync();
        }
    }

    private async Task<List<(string Id, string PendingPostId)>> StoredPostsAsync(string channelId)
    {
        await using var connection = new NpgsqlConnection(Server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id, pending_post_id FROM channels.posts WHERE channel_id = @channelId AND type = ''", connection);
        command.Parameters.AddWithValue("channelId", channelId);
        await using var rows = await command.ExecuteReaderAsync();
        var posts = new List<(string, string)>();
        while (await rows.ReadAsync())
        {
            posts.Add((rows.GetString(0), rows.GetString(1)));
        }

        return posts;
    }

    /// <summary>The writers' shared record: what was acknowledged, and when writing worked again after the kill.</summary>
    private sealed class PostingRun(string channelId, string readerUsername)
    {
        private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(50);
        private static readonly TimeSpan RetryLimit = TimeSpan.FromSeconds(30);
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _killedAtTicks = -1;
        private long _recoveredAtTicks = -1;
        private int _failuresAfterKill;
        private volatile bool _stopped;

        public ConcurrentDictionary<string, string> Acknowledged { get; } = new();

        public int FailuresAfterKill => _failuresAfterKill;

        public TimeSpan? RecoveredAfter => _recoveredAtTicks < 0 ? null : TimeSpan.FromTicks(_recoveredAtTicks - _killedAtTicks);

        public void Killed() => Interlocked.Exchange(ref _killedAtTicks, _clock.Elapsed.Ticks);

        public void Stop() => _stopped = true;

        /// <summary>Posts one after another until stopped; each post is retried until it is acknowledged.</summary>
        public async Task WriteAsync(string userId, HttpClient? onDoomed, HttpClient onSurvivor)
        {
            var client = onDoomed ?? onSurvivor;
            for (var n = 0; !_stopped; n++)
            {
                var pending = $"{userId}:{n}";
                var body = new { channel_id = channelId, message = $"post {n} for @{readerUsername}", pending_post_id = pending };
                var giveUpAt = _clock.Elapsed + RetryLimit;
                while (true)
                {
                    var startedAfterKill = Interlocked.Read(ref _killedAtTicks) >= 0;
                    try
                    {
                        using var response = await client.PostAsync("/api/v4/posts", SuiteApi.Json(body));
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            Acknowledged[pending] = (await response.ReadJsonAsync(HttpStatusCode.Created)).Id();
                            if (startedAfterKill)
                            {
                                Interlocked.CompareExchange(ref _recoveredAtTicks, _clock.Elapsed.Ticks, -1);
                            }

                            break;
                        }

                        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), await response.Content.ReadAsStringAsync());
                    }
                    catch (HttpRequestException) when (client == onDoomed)
                    {
                        // The node is gone: its clients go to the other one, as a load balancer would send them.
                        client = onSurvivor;
                        continue;
                    }

                    if (startedAfterKill)
                    {
                        Interlocked.Increment(ref _failuresAfterKill);
                    }

                    Assert.That(_clock.Elapsed, Is.LessThan(giveUpAt), $"post {pending} was not acknowledged within {RetryLimit.TotalSeconds} s");
                    await Task.Delay(RetryPause);
                }
            }
        }
    }
}
