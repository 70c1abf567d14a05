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
            ["Suite:Realtime:SessionCheckInterval"] = "00:00:00.200",
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
    public async Task Connections_WhenTheHostStops_AreClosedAsGoingAway_AuthenticatedOrNot()
    {
        var host = await SuiteTestServer.StartAsync(modules: [], settings: new Dictionary<string, string?> { ["Suite:Cluster:Enabled"] = "false" });
        Task stopped;
        MattermostSocket authenticated;
        MattermostSocket unauthenticated;
        try
        {
            var user = await TestUsers.CreateAsync(host);
            authenticated = await MattermostSocket.ConnectAuthenticatedAsync(host.BaseAddress, user.Token);
            unauthenticated = await MattermostSocket.ConnectAsync(host.BaseAddress);
        }
        finally
        {
            // The clients answer the close frames below, so the host's stop need not wait for its close timeout.
            stopped = host.DisposeAsync().AsTask();
        }

        await using (authenticated)
        await using (unauthenticated)
        {
            await authenticated.WaitForCloseAsync();
            await unauthenticated.WaitForCloseAsync();
            await stopped;

            Assert.Multiple(() =>
            {
                Assert.That(authenticated.CloseStatus, Is.EqualTo(WebSocketCloseStatus.EndpointUnavailable));
                Assert.That(unauthenticated.CloseStatus, Is.EqualTo(WebSocketCloseStatus.EndpointUnavailable));
            });
        }
    }

    [Test]
    public async Task Connection_OfALoggedOutSession_IsClosed_WhileOthersStayOpen()
    {
        var api = new SuiteApi(_server);
        using var leaving = await api.SignUpAndLoginAsync();
        using var staying = await api.SignUpAndLoginAsync();
        await using var leavingSocket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, leaving.Token);
        await using var stayingSocket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, staying.Token);

        using (var logout = await leaving.Client.PostAsync("/api/v4/users/logout", null))
        {
            Assert.That(logout.IsSuccessStatusCode, Is.True);
        }

        await leavingSocket.WaitForCloseAsync();
        var ping = await stayingSocket.SendAsync("ping");
        var reply = await stayingSocket.ReplyAsync(ping);

        Assert.Multiple(() =>
        {
            Assert.That(leavingSocket.CloseStatus, Is.EqualTo(WebSocketCloseStatus.PolicyViolation));
            Assert.That(reply.GetProperty("status").GetString(), Is.EqualTo("OK"));
        });
    }

    [Test]
    public async Task SlowClient_IsDropped_WhileOthersReceiveEverything()
    {
        var slow = await TestUsers.CreateAsync(_server);
        var fast = await TestUsers.CreateAsync(_server);
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
            Assert.That(fastSocket.Events.Where(e => e.GetProperty("event").GetString() == "bulk").Select(e => e.GetProperty("data").GetProperty("n").GetInt32()), Is.EqualTo(Enumerable.Range(0, published)));
            Assert.That(slowSocket.Events, Has.Count.LessThan(published + 1), "the slow client did not get everything");
            Assert.That(registry.ForUser(fast.Id), Has.Count.EqualTo(1));
        });
    }
}
