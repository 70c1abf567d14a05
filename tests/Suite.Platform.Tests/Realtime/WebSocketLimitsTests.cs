using System.Net.WebSockets;
using Suite.Platform.Realtime;
using Suite.Testing;

namespace Suite.Platform.Tests.Realtime;

public sealed class WebSocketLimitsTests
{
    private const int SendQueueLimit = 16;

    private SuiteTestServer _server = null!;
    private IRealtimePublisher _publisher = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync(modules: [], settings: new Dictionary<string, string?>
        {
            ["Suite:Realtime:AuthenticationTimeout"] = "00:00:00.300",
            ["Suite:Realtime:SendQueueLimit"] = SendQueueLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Suite:Cluster:Enabled"] = "false",
        });
        _publisher = _server.Service<IRealtimePublisher>();
    }

    [OneTimeTearDown]
    public async Task StopHost() => await _server.DisposeAsync();

    [Test]
    public async Task Connection_ThatNeverAuthenticates_IsClosed()
    {
        await using var socket = await MattermostSocket.ConnectAsync(_server.BaseAddress);

        await socket.WaitForCloseAsync();

        Assert.Multiple(() =>
        {
            Assert.That(socket.CloseStatus, Is.EqualTo(WebSocketCloseStatus.PolicyViolation));
            Assert.That(socket.Events, Is.Empty);
        });
    }

    [Test]
    public async Task SlowClient_IsDropped_WhileOthersReceiveEverything()
    {
        var slow = await TestUsers.CreateAsync(_server.ConnectionString);
        var fast = await TestUsers.CreateAsync(_server.ConnectionString);
        await using var slowSocket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, slow.Token);
        await using var fastSocket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, fast.Token);
        var registry = _server.Service<ConnectionRegistry>();
        var filler = new string('x', 64 * 1024);

        // The fast client keeps at most a few events waiting; the slow one reads nothing, so once the
        // socket buffers between them and the server are full, its queue overflows.
        using var window = new SemaphoreSlim(SendQueueLimit / 2);
        var published = 0;
        var reading = Task.Run(async () =>
        {
            while (true)
            {
                var received = await fastSocket.NextEventAsync();
                window.Release();
                if (received.GetProperty("event").GetString() == "done")
                {
                    return;
                }
            }
        });
        while (registry.ForUser(slow.Id).Count > 0 && published < 5_000)
        {
            await window.WaitAsync();
            await _publisher.PublishAsync("bulk", new Dictionary<string, object> { ["n"] = published++, ["filler"] = filler }, Broadcast.ToUsers([slow.Id, fast.Id]));
        }

        await window.WaitAsync();
        await _publisher.PublishAsync("done", null, Broadcast.ToUser(fast.Id));
        await reading;
        await slowSocket.WaitForCloseAsync();

        Assert.Multiple(() =>
        {
            Assert.That(registry.ForUser(slow.Id), Is.Empty, "the slow client was dropped");
            Assert.That(fastSocket.Events.Skip(1).SkipLast(1).Select(e => e.GetProperty("data").GetProperty("n").GetInt32()), Is.EqualTo(Enumerable.Range(0, published)));
            Assert.That(slowSocket.Events, Has.Count.LessThan(published + 1), "the slow client did not get everything");
            Assert.That(registry.ForUser(fast.Id), Has.Count.EqualTo(1));
        });
    }
}
