using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Realtime;
using Suite.Testing;

namespace Suite.Platform.Tests.Realtime;

public sealed class WebSocketProtocolTests
{
    private SuiteTestServer _server = null!;
    private IRealtimePublisher _publisher = null!;
    private TestChannelAudience _channels = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync(modules: [], configure: builder =>
        {
            builder.Services.AddSingleton<TestChannelAudience>();
            builder.Services.AddSingleton<IChannelAudience>(sp => sp.GetRequiredService<TestChannelAudience>());
            builder.Services.AddWebSocketAction<EchoAction>();
            builder.Services.AddWebSocketAction<RefusingAction>();
        });
        _publisher = _server.Service<IRealtimePublisher>();
        _channels = _server.Service<TestChannelAudience>();
    }

    [OneTimeTearDown]
    public async Task StopHost() => await _server.DisposeAsync();

    [Test]
    public async Task AuthenticationChallenge_WithValidToken_SendsHelloAtSeqZeroThenOk()
    {
        var user = await TestUsers.CreateAsync(_server);
        await using var socket = await MattermostSocket.ConnectAsync(_server.BaseAddress);

        var seq = await socket.SendAsync("authentication_challenge", new { token = user.Token });
        var hello = await socket.NextEventAsync();
        await socket.ReplyAsync(seq);

        Assert.Multiple(() =>
        {
            Assert.That(hello.GetProperty("event").GetString(), Is.EqualTo("hello"));
            Assert.That(hello.GetProperty("seq").GetInt64(), Is.Zero);
            Assert.That(hello.GetProperty("data").GetProperty("server_version").GetString(), Is.EqualTo("10.11.0.0.0.false"));
            Assert.That(Ids.IsValid(hello.GetProperty("data").GetProperty("connection_id").GetString()), Is.True);
            Assert.That(hello.GetProperty("broadcast").GetProperty("user_id").GetString(), Is.EqualTo(user.Id));
            Assert.That(socket.Raw, Does.Contain("""{"status":"OK","seq_reply":1}"""));
        });
    }

    [Test]
    public async Task AuthenticationChallenge_WithUnknownToken_ClosesTheConnectionWithoutHello()
    {
        await using var socket = await MattermostSocket.ConnectAsync(_server.BaseAddress);

        await socket.SendAsync("authentication_challenge", new { token = Ids.New() });
        await socket.WaitForCloseAsync();

        Assert.Multiple(() =>
        {
            Assert.That(socket.Events, Is.Empty);
            Assert.That(socket.Replies, Is.Empty);
            Assert.That(socket.CloseStatus, Is.EqualTo(WebSocketCloseStatus.PolicyViolation));
        });
    }

    [Test]
    public async Task AuthenticationChallenge_WithoutToken_ClosesTheConnection()
    {
        await using var socket = await MattermostSocket.ConnectAsync(_server.BaseAddress);

        await socket.SendAsync("authentication_challenge", new { });
        await socket.WaitForCloseAsync();

        Assert.That(socket.Events, Is.Empty);
    }

    [Test]
    public async Task AuthenticationChallenge_WhenAlreadyAuthenticated_IsIgnored()
    {
        var user = await TestUsers.CreateAsync(_server);
        await using var socket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, user.Token);

        await socket.SendAsync("authentication_challenge", new { token = user.Token });
        var ping = await socket.SendAsync("ping");
        await socket.ReplyAsync(ping);

        Assert.Multiple(() =>
        {
            // A status_change announcing the connection may come too; only a second hello is wrong.
            Assert.That(socket.Events.Count(e => e.GetProperty("event").GetString() == "hello"), Is.EqualTo(1), "a second hello");
            Assert.That(socket.Replies.Select(r => r.GetProperty("seq_reply").GetInt64()), Is.EqualTo(new long[] { 1, 3 }));
        });
    }

    [Test]
    public async Task Upgrade_WithSessionCookie_IsAuthenticatedAndSaysHello()
    {
        var user = await TestUsers.CreateAsync(_server);
        await using var socket = await MattermostSocket.ConnectAsync(_server.BaseAddress, cookieToken: user.Token);

        var hello = await socket.NextEventAsync();
        var ping = await socket.SendAsync("ping");
        var pong = await socket.ReplyAsync(ping);

        Assert.Multiple(() =>
        {
            Assert.That(hello.GetProperty("event").GetString(), Is.EqualTo("hello"));
            Assert.That(hello.GetProperty("broadcast").GetProperty("user_id").GetString(), Is.EqualTo(user.Id));
            Assert.That(pong.GetProperty("status").GetString(), Is.EqualTo("OK"));
        });
    }

    [Test]
    public async Task Upgrade_WithBearerHeader_IsAuthenticatedAndSaysHello()
    {
        var user = await TestUsers.CreateAsync(_server);
        await using var socket = await MattermostSocket.ConnectAsync(_server.BaseAddress, bearerToken: user.Token);

        var hello = await socket.NextEventAsync();

        Assert.That(hello.GetProperty("broadcast").GetProperty("user_id").GetString(), Is.EqualTo(user.Id));
    }

    [Test]
    public async Task Upgrade_WithUnknownCookie_WaitsForTheChallenge()
    {
        var user = await TestUsers.CreateAsync(_server);
        await using var socket = await MattermostSocket.ConnectAsync(_server.BaseAddress, cookieToken: Ids.New());

        var seq = await socket.SendAsync("authentication_challenge", new { token = user.Token });
        var hello = await socket.NextEventAsync();
        await socket.ReplyAsync(seq);

        Assert.That(hello.GetProperty("broadcast").GetProperty("user_id").GetString(), Is.EqualTo(user.Id));
    }

    [Test]
    public async Task Get_WithoutUpgrade_AnswersMattermostError()
    {
        using var client = _server.CreateClient();

        using var response = await client.GetAsync("/api/v4/websocket");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(body.RootElement.GetProperty("id").GetString(), Is.EqualTo("api.web_socket.connect.upgrade.app_error"));
        });
    }

    [Test]
    public async Task Hello_CarriesANewConnectionIdOnEveryConnection()
    {
        var user = await TestUsers.CreateAsync(_server);
        await using var first = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, user.Token);
        await using var second = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, user.Token);

        var firstId = first.Events[0].GetProperty("data").GetProperty("connection_id").GetString();
        var secondId = second.Events[0].GetProperty("data").GetProperty("connection_id").GetString();

        Assert.That(firstId, Is.Not.EqualTo(secondId));
    }

    [Test]
    public async Task Ping_AnswersPongWithVersionAndServerTime()
    {
        var user = await TestUsers.CreateAsync(_server);
        await using var socket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, user.Token);

        var seq = await socket.SendAsync("ping");
        var reply = await socket.ReplyAsync(seq);

        var data = reply.GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(reply.GetProperty("status").GetString(), Is.EqualTo("OK"));
            Assert.That(reply.GetProperty("seq_reply").GetInt64(), Is.EqualTo(seq));
            Assert.That(reply.TryGetProperty("seq", out _), Is.False, "replies take no seq");
            Assert.That(data.GetProperty("text").GetString(), Is.EqualTo("pong"));
            Assert.That(data.GetProperty("version").GetString(), Is.EqualTo("10.11.0"));
            Assert.That(data.GetProperty("server_time").GetInt64(), Is.GreaterThan(1_600_000_000_000));
            Assert.That(data.GetProperty("node_id").GetString(), Is.Empty);
        });
    }

    [Test]
    public async Task Action_BeforeAuthentication_FailsWithNotAuthenticated()
    {
        await using var socket = await MattermostSocket.ConnectAsync(_server.BaseAddress);

        var seq = await socket.SendAsync("ping");
        await socket.ReplyAsync(seq);

        Assert.That(socket.Raw[0], Is.EqualTo(
            """{"status":"FAIL","seq_reply":1,"error":{"id":"api.web_socket_router.not_authenticated.app_error","message":"Not authenticated. Please log in and try again.","detailed_error":"","status_code":401}}"""));
    }

    [Test]
    public async Task UnknownAction_FailsWithBadAction()
    {
        var user = await TestUsers.CreateAsync(_server);
        await using var socket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, user.Token);

        var seq = await socket.SendAsync("no_such_action");
        var reply = await socket.ReplyAsync(seq);

        Assert.Multiple(() =>
        {
            Assert.That(reply.GetProperty("status").GetString(), Is.EqualTo("FAIL"));
            Assert.That(reply.GetProperty("error").GetProperty("id").GetString(), Is.EqualTo("api.web_socket_router.bad_action.app_error"));
            Assert.That(reply.GetProperty("error").GetProperty("status_code").GetInt32(), Is.EqualTo(500));
        });
    }

    [TestCase("""{"seq":0,"action":"ping"}""", "api.web_socket_router.bad_seq.app_error")]
    [TestCase("""{"seq":-4,"action":"ping"}""", "api.web_socket_router.bad_seq.app_error")]
    [TestCase("""{"seq":7}""", "api.web_socket_router.no_action.app_error")]
    public async Task MalformedRequest_FailsWithMattermostError(string request, string errorId)
    {
        var user = await TestUsers.CreateAsync(_server);
        await using var socket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, user.Token);

        await socket.SendRawAsync(request);
        var reply = await socket.ReceiveAsync();

        Assert.Multiple(() =>
        {
            Assert.That(reply!.Value.GetProperty("status").GetString(), Is.EqualTo("FAIL"));
            Assert.That(reply.Value.GetProperty("error").GetProperty("id").GetString(), Is.EqualTo(errorId));
        });
    }

    [Test]
    public async Task InvalidJson_ClosesTheConnection()
    {
        var user = await TestUsers.CreateAsync(_server);
        await using var socket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, user.Token);

        await socket.SendRawAsync("{not json");
        await socket.WaitForCloseAsync();

        Assert.That(socket.CloseStatus, Is.EqualTo(WebSocketCloseStatus.InvalidPayloadData));
    }

    [Test]
    public async Task RegisteredAction_RunsAsTheConnectionsUserAndRepliesWithItsData()
    {
        var user = await TestUsers.CreateAsync(_server);
        await using var socket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, user.Token);

        var seq = await socket.SendAsync("test_echo", new { text = "hi" });
        var reply = await socket.ReplyAsync(seq);

        var data = reply.GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(reply.GetProperty("status").GetString(), Is.EqualTo("OK"));
            Assert.That(data.GetProperty("echo").GetString(), Is.EqualTo("hi"));
            Assert.That(data.GetProperty("current_user_id").GetString(), Is.EqualTo(user.Id));
            Assert.That(data.GetProperty("connection_user_id").GetString(), Is.EqualTo(user.Id));
        });
    }

    [Test]
    public async Task RegisteredAction_ThrowingAppError_FailsWithThatErrorAndKeepsTheConnection()
    {
        var user = await TestUsers.CreateAsync(_server);
        await using var socket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, user.Token);

        var refused = await socket.SendAsync("test_refuse");
        await socket.ReplyAsync(refused);
        var ping = await socket.SendAsync("ping");
        await socket.ReplyAsync(ping);

        Assert.That(socket.Raw.Single(raw => raw.Contains("\"seq_reply\":2", StringComparison.Ordinal)), Is.EqualTo(
            """{"status":"FAIL","seq_reply":2,"error":{"id":"api.test.refused.app_error","message":"Refused for the test.","detailed_error":"","status_code":403}}"""));
    }

    [Test]
    public async Task Events_AreNumberedFromZeroWithoutGaps()
    {
        var user = await TestUsers.CreateAsync(_server);
        await using var socket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, user.Token);
        const int count = 300;

        var publishing = Task.Run(async () =>
        {
            for (var i = 0; i < count; i++)
            {
                await _publisher.PublishAsync("test_event", new Dictionary<string, object> { ["n"] = i }, Broadcast.ToUser(user.Id));
            }
        });
        var pings = new List<long>();
        for (var i = 0; i < 20; i++)
        {
            pings.Add(await socket.SendAsync("ping"));
        }

        await publishing;
        var testEvents = socket.Events.Where(e => e.GetProperty("event").GetString() == "test_event");
        while (testEvents.Count() < count || socket.Replies.Count < pings.Count + 1)
        {
            await socket.ReceiveAsync();
        }

        Assert.Multiple(() =>
        {
            Assert.That(socket.Events.Select(e => e.GetProperty("seq").GetInt64()), Is.EqualTo(Enumerable.Range(0, socket.Events.Count).Select(i => (long)i)));
            Assert.That(testEvents.Select(e => e.GetProperty("data").GetProperty("n").GetInt32()), Is.EqualTo(Enumerable.Range(0, count)));
            Assert.That(socket.Replies.Skip(1).Select(r => r.GetProperty("seq_reply").GetInt64()), Is.EqualTo(pings));
        });
    }

    [Test]
    public async Task Event_HasMattermostsEnvelopeAndBroadcastShape()
    {
        var user = await TestUsers.CreateAsync(_server);
        var other = await TestUsers.CreateAsync(_server);
        var channelId = Ids.New();
        await using var socket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, user.Token);

        await _publisher.PublishAsync(new RealtimeEvent(
            "typing",
            new Dictionary<string, object> { ["parent_id"] = "", ["user_id"] = other.Id },
            Broadcast.ToChannel(channelId, [user.Id, other.Id]) with { OmitUsers = [other.Id] }));
        var typing = await socket.EventAsync("typing");

        // A status_change announcing the connection may come first, so the event's seq is 1 or 2.
        Assert.That(socket.Raw[^1], Is.EqualTo(
            $$"""{"event":"typing","data":{"parent_id":"","user_id":"{{other.Id}}"},"broadcast":{"omit_users":{"{{other.Id}}":true},"user_id":"","channel_id":"{{channelId}}","team_id":"","connection_id":"","omit_connection_id":""},"seq":{{typing.GetProperty("seq").GetInt64()}}}"""));
    }

    [Test]
    public async Task Event_WithoutOmittedUsers_SendsNullOmitUsers_AndObjectDataInSnakeCase()
    {
        var user = await TestUsers.CreateAsync(_server);
        await using var socket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, user.Token);

        await _publisher.PublishAsync("multiple_channels_viewed", new { ChannelTimes = new Dictionary<string, long> { ["abc"] = 5 } }, Broadcast.ToUser(user.Id));
        var viewed = await socket.EventAsync("multiple_channels_viewed");

        Assert.That(socket.Raw[^1], Is.EqualTo(
            $$$"""{"event":"multiple_channels_viewed","data":{"channel_times":{"abc":5}},"broadcast":{"omit_users":null,"user_id":"{{{user.Id}}}","channel_id":"","team_id":"","connection_id":"","omit_connection_id":""},"seq":{{{viewed.GetProperty("seq").GetInt64()}}}}"""));
    }

    [Test]
    public async Task EventForUserA_NeverReachesUserB()
    {
        var a = await TestUsers.CreateAsync(_server);
        var b = await TestUsers.CreateAsync(_server);
        await using var socketA = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, a.Token);
        await using var socketB = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, b.Token);

        await _publisher.PublishAsync("secret", new Dictionary<string, object> { ["for"] = "a" }, Broadcast.ToUser(a.Id));
        await _publisher.PublishAsync("marker", null, Broadcast.ToUsers([a.Id, b.Id]));

        var eventsOfA = new[] { await NextEventNameAsync(socketA), await NextEventNameAsync(socketA) };
        var firstEventOfB = await NextEventNameAsync(socketB);

        Assert.Multiple(() =>
        {
            Assert.That(eventsOfA, Is.EqualTo(new[] { "secret", "marker" }));
            Assert.That(firstEventOfB, Is.EqualTo("marker"), "B's first event after hello");
        });
    }

    [Test]
    public async Task OmitUsers_LeavesOutThoseUsers()
    {
        var a = await TestUsers.CreateAsync(_server);
        var b = await TestUsers.CreateAsync(_server);
        await using var socketA = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, a.Token);
        await using var socketB = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, b.Token);

        await _publisher.PublishAsync("typing", null, Broadcast.ToUsers([a.Id, b.Id]) with { OmitUsers = [a.Id] });
        await _publisher.PublishAsync("marker", null, Broadcast.ToUsers([a.Id, b.Id]));

        var firstEventOfA = await NextEventNameAsync(socketA);
        var firstEventOfB = await NextEventNameAsync(socketB);

        Assert.Multiple(() =>
        {
            Assert.That(firstEventOfA, Is.EqualTo("marker"));
            Assert.That(firstEventOfB, Is.EqualTo("typing"));
        });
    }

    [Test]
    public async Task ChannelBroadcast_WithoutMembers_IsResolvedThroughTheChannelAudience()
    {
        var member = await TestUsers.CreateAsync(_server);
        var outsider = await TestUsers.CreateAsync(_server);
        var channelId = Ids.New();
        _channels.Members[channelId] = [member.Id];
        await using var memberSocket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, member.Token);
        await using var outsiderSocket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, outsider.Token);

        await _publisher.PublishAsync("posted", new Dictionary<string, object> { ["post"] = "{}" }, Broadcast.ToChannel(channelId));
        await _publisher.PublishAsync("marker", null, Broadcast.Everyone);

        var posted = await memberSocket.NextEventAsync();
        var firstEventOfOutsider = await NextEventNameAsync(outsiderSocket);

        Assert.Multiple(() =>
        {
            Assert.That(posted.GetProperty("event").GetString(), Is.EqualTo("posted"));
            Assert.That(posted.GetProperty("broadcast").GetProperty("channel_id").GetString(), Is.EqualTo(channelId));
            Assert.That(firstEventOfOutsider, Is.EqualTo("marker"));
        });
    }

    [Test]
    public async Task TeamBroadcast_WithoutMembers_ReachesTheTeamsMembersOnly()
    {
        var api = new SuiteApi(_server);
        using var owner = await api.SignUpAndLoginAsync();
        using var member = await api.SignUpAndLoginAsync();
        using var outsider = await api.SignUpAndLoginAsync();
        var teamId = (await SuiteApi.CreateTeamAsync(owner.Client)).GetProperty("id").GetString()!;
        await SuiteApi.AddToTeamAsync(owner.Client, teamId, member.Id);
        await using var memberSocket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, member.Token);
        await using var outsiderSocket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, outsider.Token);

        await _publisher.PublishAsync("channel_deleted", new Dictionary<string, object> { ["channel_id"] = Ids.New(), ["delete_at"] = 1 }, Broadcast.ToTeam(teamId));
        await _publisher.PublishAsync("marker", null, Broadcast.Everyone);

        var memberEvent = await memberSocket.NextEventAsync();
        var firstEventOfOutsider = await NextEventNameAsync(outsiderSocket);
        Assert.Multiple(() =>
        {
            Assert.That(memberEvent.GetProperty("event").GetString(), Is.EqualTo("channel_deleted"));
            Assert.That(memberEvent.GetProperty("broadcast").GetProperty("team_id").GetString(), Is.EqualTo(teamId));
            Assert.That(firstEventOfOutsider, Is.EqualTo("marker"));
        });
    }

    [Test]
    public async Task EveryConnectionOfAUser_ReceivesItsEvents_ExceptAnOmittedConnection()
    {
        var user = await TestUsers.CreateAsync(_server);
        await using var first = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, user.Token);
        await using var second = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, user.Token);
        var firstId = first.Events[0].GetProperty("data").GetProperty("connection_id").GetString()!;

        await _publisher.PublishAsync("both", null, Broadcast.ToUser(user.Id));
        await _publisher.PublishAsync("not_first", null, Broadcast.ToUser(user.Id) with { OmitConnectionId = firstId });
        await _publisher.PublishAsync("only_first", null, new Broadcast { ConnectionId = firstId });

        var eventsOfFirst = new[] { await NextEventNameAsync(first), await NextEventNameAsync(first) };
        var eventsOfSecond = new[] { await NextEventNameAsync(second), await NextEventNameAsync(second) };

        Assert.Multiple(() =>
        {
            Assert.That(eventsOfFirst, Is.EqualTo(new[] { "both", "only_first" }));
            Assert.That(eventsOfSecond, Is.EqualTo(new[] { "both", "not_first" }));
        });
    }

    [Test]
    public async Task PerUserData_ReachesOnlyItsUser_OthersGetTheSharedData()
    {
        var mentioned = await TestUsers.CreateAsync(_server);
        var other = await TestUsers.CreateAsync(_server);
        await using var mentionedSocket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, mentioned.Token);
        await using var otherSocket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, other.Token);

        await _publisher.PublishAsync(new RealtimeEvent(
            "posted",
            new Dictionary<string, object> { ["post"] = "{}", ["channel_type"] = "O" },
            Broadcast.ToUsers([mentioned.Id, other.Id]))
        {
            PerUserData = new Dictionary<string, IReadOnlyDictionary<string, object?>>
            {
                [mentioned.Id] = new Dictionary<string, object?> { ["mentions"] = $"[\"{mentioned.Id}\"]" },
            },
        });

        var mentionedData = (await mentionedSocket.EventAsync("posted")).GetProperty("data");
        var otherData = (await otherSocket.EventAsync("posted")).GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(mentionedData.GetProperty("mentions").GetString(), Is.EqualTo($"[\"{mentioned.Id}\"]"));
            Assert.That(mentionedData.GetProperty("channel_type").GetString(), Is.EqualTo("O"));
            Assert.That(otherData.TryGetProperty("mentions", out _), Is.False);
            Assert.That(otherData.GetProperty("channel_type").GetString(), Is.EqualTo("O"));
        });
    }

    [Test]
    public async Task ClosedConnection_IsRemovedFromTheRegistry()
    {
        var user = await TestUsers.CreateAsync(_server);
        var registry = _server.Service<ConnectionRegistry>();
        var socket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, user.Token);
        Assert.That(registry.ForUser(user.Id), Has.Count.EqualTo(1));

        await socket.DisposeAsync();

        Assert.That(() => registry.ForUser(user.Id), Is.Empty.After(10_000, 20));
    }

    private static async Task<string?> NextEventNameAsync(MattermostSocket socket) =>
        (await socket.NextEventAsync()).GetProperty("event").GetString();
}
