using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Suite.Platform.Tests.Realtime;
using Suite.Testing;
using static Suite.Platform.Tests.Presence.PresenceApi;

namespace Suite.Platform.Tests.Presence;

/// <summary>Inactivity and the end of Do Not Disturb, on a fake clock.</summary>
public sealed class StatusClockTests
{
    private static readonly TimeSpan AwayTimeout = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _clock = TestClock.StartingNow();
    private SuiteTestServer _server = null!;
    private SuiteApi _api = null!;

    [OneTimeSetUp]
    public async Task StartHostWithAFakeClock()
    {
        _server = await SuiteTestServer.StartAsync(
            modules: [],
            settings: new Dictionary<string, string?>
            {
                ["Suite:Presence:AwayTimeout"] = AwayTimeout.ToString(),
                ["Suite:Presence:SweepInterval"] = SweepInterval.ToString(),
            },
            configure: builder => builder.Services.AddSingleton<TimeProvider>(_clock));
        _api = new SuiteApi(_server);
    }

    [OneTimeTearDown]
    public async Task StopHost() => await _server.DisposeAsync();

    [Test]
    public async Task Inactivity_MakesAConnectedUserAway_AndActivityBringsThemBack()
    {
        using var user = await _api.SignUpAndLoginAsync();
        await using var socket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, user.Token);
        await WaitForStatusAsync(user.Client, user.Id, "online");

        _clock.Advance(AwayTimeout - SweepInterval);
        await Task.Delay(50);
        Assert.That((await GetStatusAsync(user.Client, user.Id)).GetProperty("status").GetString(), Is.EqualTo("online"), "not idle long enough yet");

        _clock.Advance(SweepInterval * 2);
        var away = await WaitForStatusAsync(user.Client, user.Id, "away");
        Assert.That(away.GetProperty("manual").GetBoolean(), Is.False);

        await socket.ReplyAsync(await socket.SendAsync("get_statuses_by_ids", new { user_ids = new[] { user.Id } }));
        var back = await WaitForStatusAsync(user.Client, user.Id, "online");
        Assert.That(back.GetProperty("last_activity_at").GetInt64(), Is.EqualTo(_clock.GetUtcNow().ToUnixTimeMilliseconds()));
    }

    [Test]
    public async Task Inactivity_LeavesAManualOnlineAlone()
    {
        using var user = await _api.SignUpAndLoginAsync();
        await SetStatusAsync(user.Client, user.Id, "online");

        _clock.Advance(AwayTimeout + SweepInterval * 2);
        await _server.Service<Suite.Platform.Presence.PresenceSweep>().SweepAsync(CancellationToken.None);

        Assert.That((await GetStatusAsync(user.Client, user.Id)).GetProperty("status").GetString(), Is.EqualTo("online"));
    }

    [Test]
    public async Task TimedDoNotDisturb_GivesBackThePreviousStatusWhenItEnds()
    {
        using var user = await _api.SignUpAndLoginAsync();
        await using var socket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, user.Token);
        await WaitForStatusAsync(user.Client, user.Id, "online");
        var end = (_clock.GetUtcNow() + TimeSpan.FromMinutes(10)).ToUnixTimeSeconds();
        await SetStatusAsync(user.Client, user.Id, "dnd", end);

        _clock.Advance(TimeSpan.FromMinutes(9));
        await _server.Service<Suite.Platform.Presence.PresenceSweep>().SweepAsync(CancellationToken.None);
        Assert.That((await GetStatusAsync(user.Client, user.Id)).GetProperty("status").GetString(), Is.EqualTo("dnd"), "before its end");

        _clock.Advance(TimeSpan.FromMinutes(1) + SweepInterval);
        var back = await WaitForStatusAsync(user.Client, user.Id, "online");
        Assert.Multiple(() =>
        {
            Assert.That(back.GetProperty("manual").GetBoolean(), Is.False);
            Assert.That(back.GetProperty("dnd_end_time").GetInt64(), Is.Zero);
        });
        while ((await socket.EventAsync("status_change")).GetProperty("data").GetProperty("status").GetString() != "online")
        {
        }
    }
}
