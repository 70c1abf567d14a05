using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Suite.Testing;

namespace Suite.Channels.Tests.Notifications;

/// <summary>
/// A Suite host whose notifications go to a loopback SMTP server and a loopback push proxy, a team,
/// and a <see cref="Marker"/> user (offline, with a device) whose mentions tell a test that every
/// earlier post has been dealt with: the dispatcher handles posts one at a time, in order.
/// </summary>
public abstract class NotificationsFixture
{
    protected const string FeedbackEmail = "notifications@suite.test";
    protected const string MarkerDevice = "marker-device";

    protected SmtpReceiver Smtp { get; private set; } = null!;

    protected PushProxyReceiver PushProxy { get; private set; } = null!;

    protected SuiteTestServer Server { get; private set; } = null!;

    protected SuiteApi Api { get; private set; } = null!;

    protected SignedInUser Owner { get; private set; } = null!;

    protected SignedInUser Marker { get; private set; } = null!;

    protected string TeamId { get; private set; } = "";

    private string MarkerChannelId { get; set; } = "";

    protected virtual bool EmailBatching => false;

    /// <summary>Settings a fixture adds to (or changes in) the common ones.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    /// <summary>Changes the host before it starts (for example, gives it a fake clock).</summary>
    protected virtual void Configure(WebApplicationBuilder builder)
    {
    }

    [OneTimeSetUp]
    public async Task StartServerAndReceivers()
    {
        Smtp = new SmtpReceiver();
        PushProxy = await PushProxyReceiver.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Suite:Email:SMTPServer"] = "127.0.0.1",
            ["Suite:Email:SMTPPort"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Suite:Email:FeedbackEmail"] = FeedbackEmail,
            ["Suite:Email:SiteURL"] = "http://suite.test",
            ["Suite:Email:EnableEmailBatching"] = EmailBatching ? "true" : "false",
            ["Suite:Email:EmailBatchingInterval"] = "1",
            ["Suite:Email:PushNotificationServer"] = PushProxy.Url,
            ["Suite:OutboundHttp:RetryDelay"] = "00:00:00.010",

            // The failure tests would otherwise open the push proxy's breaker and lose later tests' pushes.
            ["Suite:OutboundHttp:BreakerMinimumThroughput"] = "1000",
        };
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        Server = await SuiteTestServer.StartAsync(settings: settings, configure: Configure);
        Api = new SuiteApi(Server);
        await Api.SignUpAndLoginAsync();
        Owner = await Api.SignUpAndLoginAsync();
        TeamId = (await SuiteApi.CreateTeamAsync(Owner.Client)).Id();
        Marker = await TeamMemberAsync();
        await AttachDeviceAsync(Marker, "android_rn:" + MarkerDevice);
        MarkerChannelId = await ChannelWithAsync(Owner, Marker);
    }

    [OneTimeTearDown]
    public async Task StopServerAndReceivers()
    {
        Owner?.Dispose();
        Marker?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        if (PushProxy is not null)
        {
            await PushProxy.DisposeAsync();
        }

        if (Smtp is not null)
        {
            await Smtp.DisposeAsync();
        }
    }

    protected async Task<SignedInUser> TeamMemberAsync()
    {
        var user = await Api.SignUpAndLoginAsync();
        await SuiteApi.AddToTeamAsync(Owner.Client, TeamId, user.Id);
        return user;
    }

    /// <summary>A public channel created by <paramref name="creator"/> with the others added.</summary>
    protected async Task<string> ChannelWithAsync(SignedInUser creator, params SignedInUser[] others)
    {
        var channelId = (await creator.Client.CreateChannelAsync(TeamId)).Id();
        foreach (var other in others)
        {
            await creator.Client.AddMemberAsync(channelId, other.Id);
        }

        return channelId;
    }

    protected static async Task AttachDeviceAsync(SignedInUser user, string deviceId) =>
        await user.Client.SendJsonAsync(HttpMethod.Put, "/api/v4/users/sessions/device", new { device_id = deviceId });

    /// <summary>
    /// The emails and pushes that arrived before those of a post mentioning the marker, made now:
    /// everything the posts before it caused. Every test drains both, so none leaks into the next.
    /// </summary>
    protected async Task<(List<ReceivedEmail> Emails, List<JsonElement> Pushes)> NotificationsBeforeMarkerAsync()
    {
        await Owner.Client.PostAsync(MarkerChannelId, $"@{Marker.User.Username} marker");
        var emails = await Smtp.UntilEmailToAsync(Marker.User.Email);
        var pushes = await PushProxy.UntilPushToAsync(MarkerDevice);
        return (emails, pushes);
    }

    /// <summary>Returns once every post made before has been dealt with (pushes are never batched: the marker's arrives at once).</summary>
    protected async Task WaitUntilEarlierPostsAreHandledAsync()
    {
        await Owner.Client.PostAsync(MarkerChannelId, $"@{Marker.User.Username} marker");
        await PushProxy.UntilPushToAsync(MarkerDevice);
    }

    protected static async Task WaitForStatusAsync(SignedInUser user, string status)
    {
        var clock = Stopwatch.StartNew();
        while ((await user.Client.GetJsonAsync($"/api/v4/users/{user.Id}/status")).Str("status") != status)
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                Assert.Fail($"{user.User.Username} did not become {status}.");
            }

            await Task.Delay(20);
        }
    }

    protected static async Task SetChannelNotifyPropsAsync(SignedInUser user, string channelId, object props) =>
        await user.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/channels/{channelId}/members/{user.Id}/notify_props", props);

    protected static async Task PatchNotifyPropsAsync(SignedInUser user, object props) =>
        await user.Client.SendJsonAsync(HttpMethod.Put, "/api/v4/users/me/patch", new { notify_props = props }, HttpStatusCode.OK);
}
