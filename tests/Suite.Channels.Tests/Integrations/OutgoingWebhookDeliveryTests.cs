using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Web;
using Suite.Testing;

namespace Suite.Channels.Tests.Integrations;

/// <summary>The stored delivery queue: it outlives a process, and processes sharing a database deliver each item once.</summary>
public sealed class OutgoingWebhookDeliveryTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Suite:OutboundHttp:AttemptTimeout"] = "00:00:01",
        ["Suite:OutboundHttp:MaxRetries"] = "1",
        ["Suite:OutboundHttp:RetryDelay"] = "00:00:00.010",
        ["Suite:OutboundHttp:BreakerMinimumThroughput"] = "100000",
        ["Suite:Integrations:OutgoingWebhookAttempts"] = "20",
        ["Suite:Integrations:OutgoingWebhookRetryDelay"] = "00:00:00.200",
        ["Suite:Integrations:OutgoingWebhookPollInterval"] = "00:00:00.050",
    };

    [Test]
    public async Task APendingDelivery_SurvivesARestart_AndTheNextProcessDeliversIt()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var failing = true;
        receiver.Reply = () => Volatile.Read(ref failing) ? (503, "") : (200, JsonSerializer.Serialize(new { text = "delivered after restart" }));
        var database = await TestPostgres.CreateDatabaseAsync();
        var first = await SuiteTestServer.StartAsync(database, settings: Settings);
        var api = new SuiteApi(first);
        var owner = await api.SignUpAndLoginAsync();
        var setup = await CreateHookAsync(owner.Client, receiver.Url);
        await owner.Client.PostAsync(setup.ChannelId, setup.Word + " please");
        await receiver.NextAsync();
        await WaitUntilAsync(async () => await first.ScalarAsync<string>("SELECT last_error FROM channels.outgoing_webhooks") is { Length: > 0 });

        await first.DisposeAsync();
        owner.Client.Dispose();
        Volatile.Write(ref failing, false);
        await using var second = await SuiteTestServer.StartAsync(database, settings: Settings);
        using var client = new SuiteApi(second).WithToken(owner.Token);

        var reply = await WaitForPostAsync(client, setup.ChannelId, "delivered after restart");
        Assert.That(reply.GetProperty("props").GetProperty("from_webhook").GetString(), Is.EqualTo("true"));
        await WaitUntilAsync(async () => await second.ScalarAsync<long>("SELECT count(*) FROM channels.outgoing_webhook_deliveries") == 0);
        var hook = await client.GetJsonAsync($"/api/v4/hooks/outgoing/{setup.HookId}");
        Assert.That(hook.GetProperty("failure_count").GetInt32(), Is.Zero, "the success after the restart clears the count");
        Assert.That(hook.Str("last_error"), Does.Contain("503"));
    }

    [Test]
    public async Task TwoProcessesOnOneDatabase_DeliverEveryPendingItemExactlyOnce()
    {
        const int Posts = 40;
        await using var receiver = await CallbackReceiver.StartAsync();
        receiver.Delay = TimeSpan.FromMilliseconds(30);
        var database = await TestPostgres.CreateDatabaseAsync();
        await using var first = await SuiteTestServer.StartAsync(database, settings: Settings);
        await using var second = await SuiteTestServer.StartAsync(database, settings: Settings);
        using var owner = await new SuiteApi(first).SignUpAndLoginAsync();
        var setup = await CreateHookAsync(owner.Client, receiver.Url);

        // Posted through both processes in turn: each stores its own rows and wakes its own worker, and each
        // worker also finds the other's rows on its polls, so both claim from the one table at once.
        using var throughSecond = new SuiteApi(second).WithToken(owner.Token);
        var posted = new List<string>();
        for (var i = 0; i < Posts; i++)
        {
            var client = i % 2 == 0 ? owner.Client : throughSecond;
            posted.Add((await client.PostAsync(setup.ChannelId, $"{setup.Word} {i}")).Id());
        }

        var received = new ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();
        while (received.Values.Sum() < Posts && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            var call = await receiver.NextAsync();
            received.AddOrUpdate(HttpUtility.ParseQueryString(call.Body)["post_id"]!, 1, (_, n) => n + 1);
        }

        await WaitUntilAsync(async () => await first.ScalarAsync<long>("SELECT count(*) FROM channels.outgoing_webhook_deliveries") == 0);
        await Task.Delay(300);
        while (receiver.TryNext(out var late))
        {
            received.AddOrUpdate(HttpUtility.ParseQueryString(late!.Body)["post_id"]!, 1, (_, n) => n + 1);
        }

        Assert.That(received.Keys, Is.EquivalentTo(posted));
        Assert.That(received.Where(r => r.Value > 1).Select(r => r.Key), Is.Empty, "delivered more than once");
    }

    [Test]
    public async Task AFailingDelivery_IsStoredWithItsAttemptCountAndNextTime_UntilItsAttemptsAreSpent()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        receiver.Reply = () => (500, "");
        var settings = new Dictionary<string, string?>(Settings) { ["Suite:Integrations:OutgoingWebhookAttempts"] = "3" };
        await using var server = await SuiteTestServer.StartAsync(settings: settings);
        using var owner = await new SuiteApi(server).SignUpAndLoginAsync();
        var setup = await CreateHookAsync(owner.Client, receiver.Url);
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        await owner.Client.PostAsync(setup.ChannelId, setup.Word);
        await receiver.NextAsync();
        await WaitUntilAsync(async () => await server.ScalarAsync<int>("SELECT attempts FROM channels.outgoing_webhook_deliveries WHERE claim_id = ''") == 1);
        var nextAttempt = await server.ScalarAsync<long>("SELECT next_attempt_at FROM channels.outgoing_webhook_deliveries");
        Assert.That(nextAttempt, Is.GreaterThanOrEqualTo(before + 200), "the first retry waits the configured delay");

        await WaitUntilAsync(async () => await server.ScalarAsync<long>("SELECT count(*) FROM channels.outgoing_webhook_deliveries") == 0);
        var hook = await owner.Client.GetJsonAsync($"/api/v4/hooks/outgoing/{setup.HookId}");
        Assert.That(hook.GetProperty("failure_count").GetInt32(), Is.EqualTo(3));
        while (receiver.TryNext(out _))
        {
        }

        await Task.Delay(500);
        Assert.That(receiver.TryNext(out _), Is.False, "no delivery after the attempts are spent");
    }

    private static async Task<(string ChannelId, string HookId, string Word)> CreateHookAsync(HttpClient owner, string url)
    {
        var teamId = (await SuiteApi.CreateTeamAsync(owner)).Id();
        var channelId = (await owner.CreateChannelAsync(teamId)).Id();
        var word = "w" + Guid.NewGuid().ToString("N")[..8];
        var hook = await owner.SendJsonAsync(
            HttpMethod.Post,
            "/api/v4/hooks/outgoing",
            new { team_id = teamId, channel_id = channelId, trigger_words = new[] { word }, callback_urls = new[] { url } },
            HttpStatusCode.Created);
        return (channelId, hook.Id(), word);
    }

    private static async Task<JsonElement> WaitForPostAsync(HttpClient client, string channelId, string message)
    {
        JsonElement? found = null;
        await WaitUntilAsync(async () =>
        {
            var list = await client.GetJsonAsync($"/api/v4/channels/{channelId}/posts");
            found = list.GetProperty("posts").EnumerateObject().Select(p => p.Value).FirstOrDefault(p => p.Str("message") == message);
            return found is { ValueKind: JsonValueKind.Object };
        });
        return found!.Value;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(20))
            {
                Assert.Fail("The expected state was not reached in time.");
            }

            await Task.Delay(50);
        }
    }
}
