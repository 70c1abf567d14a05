using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Suite.Testing;

namespace Suite.Channels.Tests.Notifications;

/// <summary>Email and push notifications of mentions and direct messages, as each user's and channel's settings say.</summary>
public sealed class NotificationTests : NotificationsFixture
{
    [Test]
    public async Task Mention_OfAnOfflineUser_SendsAnEmailFromTheFeedbackAddress()
    {
        using var alice = await TeamMemberAsync();
        using var bob = await TeamMemberAsync();
        var channelId = await ChannelWithAsync(alice, bob);

        var post = await alice.Client.PostAsync(channelId, $"@{bob.User.Username} the build is red");

        var (emails, _) = await NotificationsBeforeMarkerAsync();
        Assert.That(emails, Has.Count.EqualTo(1));
        var email = emails[0];
        Assert.Multiple(() =>
        {
            Assert.That(email.From, Is.EqualTo(FeedbackEmail));
            Assert.That(email.To, Is.EqualTo(new[] { bob.User.Email }));
            Assert.That(email.Subject, Does.Contain("@" + alice.User.Username));
            Assert.That(email.Body, Does.Contain("the build is red"));
            Assert.That(email.Body, Does.Contain($"/pl/{post.Id()}"));
        });
    }

    [Test]
    public async Task Mention_OfAnOnlineUser_SendsNeitherEmailNorPush()
    {
        using var alice = await TeamMemberAsync();
        using var bob = await TeamMemberAsync();
        await AttachDeviceAsync(bob, "android_rn:bob-online");
        var channelId = await ChannelWithAsync(alice, bob);
        await using var socket = await EventClient.ConnectAsync(Server.BaseAddress, bob.Token);
        await WaitForStatusAsync(bob, "online");

        await alice.Client.PostAsync(channelId, $"@{bob.User.Username} are you there?");

        var (emails, pushes) = await NotificationsBeforeMarkerAsync();
        Assert.That(emails, Is.Empty);
        Assert.That(pushes, Is.Empty);
    }

    [Test]
    public async Task DirectMessage_ToAnOfflineUser_SendsAnEmailAndAPush()
    {
        using var alice = await TeamMemberAsync();
        using var bob = await TeamMemberAsync();
        await AttachDeviceAsync(bob, "apple_rn:bob-dm");
        var direct = await alice.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/direct", new[] { alice.Id, bob.Id }, HttpStatusCode.Created);

        await alice.Client.PostAsync(direct.Id(), "lunch?");

        var (emails, pushes) = await NotificationsBeforeMarkerAsync();
        Assert.That(emails.Single().Subject, Does.Contain("direct message"));
        var push = pushes.Single();
        Assert.Multiple(() =>
        {
            Assert.That(push.Str("platform"), Is.EqualTo("apple_rn"));
            Assert.That(push.Str("device_id"), Is.EqualTo("bob-dm"));
            Assert.That(push.Str("message"), Is.EqualTo("lunch?"));
            Assert.That(push.Str("channel_name"), Is.EqualTo("@" + alice.User.Username));
            Assert.That(push.Str("team_id"), Is.Empty);
        });
    }

    [Test]
    public async Task Push_IsMattermostsPushProxyRequest()
    {
        using var alice = await TeamMemberAsync();
        using var bob = await TeamMemberAsync();
        await AttachDeviceAsync(bob, "android_rn:bob-token");
        var channelId = await ChannelWithAsync(alice, bob);
        var root = await alice.Client.PostAsync(channelId, "root");

        var post = await alice.Client.PostAsync(channelId, $"@{bob.User.Username} deploy done", rootId: root.Id());

        var (emails, pushes) = await NotificationsBeforeMarkerAsync();
        Assert.That(emails.SelectMany(e => e.To), Is.EqualTo(new[] { bob.User.Email }));
        var push = pushes.Single();
        var channel = await alice.Client.ChannelAsync(channelId);
        Assert.Multiple(() =>
        {
            Assert.That(push.Str("platform"), Is.EqualTo("android_rn"));
            Assert.That(push.Str("device_id"), Is.EqualTo("bob-token"));
            Assert.That(push.Str("server_id"), Has.Length.EqualTo(26));
            Assert.That(push.Str("post_id"), Is.EqualTo(post.Id()));
            Assert.That(push.Str("root_id"), Is.EqualTo(root.Id()));
            Assert.That(push.Str("channel_id"), Is.EqualTo(channelId));
            Assert.That(push.Str("channel_name"), Is.EqualTo(channel.Str("display_name")));
            Assert.That(push.Str("team_id"), Is.EqualTo(TeamId));
            Assert.That(push.Str("sender_id"), Is.EqualTo(alice.Id));
            Assert.That(push.Str("sender_name"), Is.EqualTo("@" + alice.User.Username));
            Assert.That(push.Str("message"), Is.EqualTo($"@{alice.User.Username}: @{bob.User.Username} deploy done"));
            Assert.That(push.Str("type"), Is.EqualTo("message"));
            Assert.That(push.Str("version"), Is.EqualTo("v2"));
            Assert.That(push.Str("category"), Is.EqualTo("CAN_REPLY"));
            Assert.That(push.GetProperty("badge").GetInt32(), Is.GreaterThanOrEqualTo(1));
            Assert.That(push.Str("ack_id"), Has.Length.EqualTo(26));
        });
    }

    [Test]
    public async Task MutedChannel_NeverNotifies()
    {
        using var alice = await TeamMemberAsync();
        using var bob = await TeamMemberAsync();
        await AttachDeviceAsync(bob, "android_rn:bob-muted");
        var channelId = await ChannelWithAsync(alice, bob);
        await SetChannelNotifyPropsAsync(bob, channelId, new { mark_unread = "mention", email = "all", push = "all" });

        await alice.Client.PostAsync(channelId, $"@{bob.User.Username} muted or not");

        var (emails, pushes) = await NotificationsBeforeMarkerAsync();
        Assert.That(emails, Is.Empty);
        Assert.That(pushes, Is.Empty);
    }

    [Test]
    public async Task TheAuthor_IsNeverNotifiedOfTheirOwnPost()
    {
        using var alice = await TeamMemberAsync();
        await AttachDeviceAsync(alice, "android_rn:alice-self");
        var channelId = await ChannelWithAsync(alice);
        await SetChannelNotifyPropsAsync(alice, channelId, new { email = "all", push = "all" });

        await alice.Client.PostAsync(channelId, $"@{alice.User.Username} note to self");

        var (emails, pushes) = await NotificationsBeforeMarkerAsync();
        Assert.That(emails, Is.Empty);
        Assert.That(pushes, Is.Empty);
    }

    [Test]
    public async Task UserSettings_EmailFalseAndPushNone_AreHonoured_AndAChannelOverrideWins()
    {
        using var alice = await TeamMemberAsync();
        using var bob = await TeamMemberAsync();
        await AttachDeviceAsync(bob, "android_rn:bob-prefs");
        var quiet = await ChannelWithAsync(alice, bob);
        var loud = await ChannelWithAsync(alice, bob);
        await PatchNotifyPropsAsync(bob, new { email = "false", push = "none", desktop = "none" });
        await SetChannelNotifyPropsAsync(bob, loud, new { email = "all", push = "all" });

        await alice.Client.PostAsync(quiet, $"@{bob.User.Username} mention in a quiet channel");
        await alice.Client.PostAsync(loud, "no mention, but this channel notifies every post");

        var (emails, pushes) = await NotificationsBeforeMarkerAsync();
        Assert.That(emails.Select(e => e.Body), Has.Exactly(1).Items.And.One.Contains("this channel notifies every post"));
        Assert.That(pushes.Select(p => p.Str("message")), Has.Exactly(1).Items.And.One.Contains("this channel notifies every post"));
    }

    [Test]
    public async Task ChannelOverrideNone_AndDoNotDisturb_StopTheirKind()
    {
        using var alice = await TeamMemberAsync();
        using var bob = await TeamMemberAsync();
        using var carol = await TeamMemberAsync();
        await AttachDeviceAsync(carol, "android_rn:carol-dnd");
        var channelId = await ChannelWithAsync(alice, bob, carol);
        await SetChannelNotifyPropsAsync(bob, channelId, new { email = "none" });
        await carol.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/users/{carol.Id}/status", new { user_id = carol.Id, status = "dnd" });

        await alice.Client.PostAsync(channelId, $"@{bob.User.Username} @{carol.User.Username} heads up");

        var (emails, pushes) = await NotificationsBeforeMarkerAsync();
        Assert.That(emails.SelectMany(e => e.To), Is.EqualTo(new[] { carol.User.Email }), "dnd still gets email; bob's channel says none");
        Assert.That(pushes, Is.Empty, "no push in Do Not Disturb");
    }

    [Test]
    public async Task FailingSmtpServerAndPushProxy_NeitherSlowNorBreakPosting()
    {
        using var alice = await TeamMemberAsync();
        using var bob = await TeamMemberAsync();
        await AttachDeviceAsync(bob, "android_rn:bob-failing");
        var channelId = await ChannelWithAsync(alice, bob);
        Smtp.Reject = true;
        PushProxy.FailNext = 1000;
        try
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < 3; i++)
            {
                await alice.Client.PostAsync(channelId, $"@{bob.User.Username} while everything is down {i}");
            }

            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        }
        finally
        {
            Smtp.Reject = false;
            PushProxy.FailNext = 0;
        }

        var post = await alice.Client.PostAsync(channelId, $"@{bob.User.Username} back up");
        var (emails, pushes) = await NotificationsBeforeMarkerAsync();
        Assert.That(emails.Select(e => e.Body), Has.Some.Contains("back up"));
        Assert.That(pushes.Select(p => p.Str("post_id")), Has.Some.EqualTo(post.Id()));
    }

    [Test]
    public async Task PushProxyFailure_IsRetried()
    {
        using var alice = await TeamMemberAsync();
        using var bob = await TeamMemberAsync();
        await AttachDeviceAsync(bob, "android_rn:bob-retry");
        var channelId = await ChannelWithAsync(alice, bob);
        PushProxy.FailNext = 1;

        var post = await alice.Client.PostAsync(channelId, $"@{bob.User.Username} retried");

        var (_, pushes) = await NotificationsBeforeMarkerAsync();
        Assert.That(pushes.Select(p => p.Str("post_id")), Is.EqualTo(new[] { post.Id(), post.Id() }));
    }

    [TestCase("{}")]
    [TestCase("{\"device_id\":\"\"}")]
    [TestCase("{\"device_id\":\"no-platform\"}")]
    [TestCase("{\"device_id\":\"android_rn:\"}")]
    [TestCase("{\"device_id\":")]
    public async Task AttachDevice_WithBadInput_Returns400(string body)
    {
        using var response = await Owner.Client.PutAsync("/api/v4/users/sessions/device", SuiteApi.Raw(body));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task AttachDevice_WithoutASession_Returns401()
    {
        using var anonymous = Api.Anonymous();

        using var response = await anonymous.PutAsync("/api/v4/users/sessions/device", SuiteApi.Json(new { device_id = "android_rn:x" }));

        await response.ReadErrorAsync(HttpStatusCode.Unauthorized);
    }

    [TestCase("email", "sometimes")]
    [TestCase("push", "always")]
    [TestCase("desktop", "loud")]
    [TestCase("push_status", "busy")]
    public async Task PatchUser_WithAnUnknownNotifyPropValue_Returns400AndChangesNothing(string key, string value)
    {
        using var user = await TeamMemberAsync();

        using var response = await user.Client.PutAsync("/api/v4/users/me/patch", SuiteApi.Json(new { notify_props = new Dictionary<string, string> { [key] = value } }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "api.context.invalid_body_param.app_error");
        var stored = await user.Client.GetJsonAsync("/api/v4/users/me");
        Assert.That(stored.GetProperty("notify_props").GetProperty("email").GetString(), Is.EqualTo("true"));
    }
}

/// <summary>
/// Mattermost's email batching: one email per user once the user's email interval (900 s unless they chose
/// another) has passed, on a clock that moves only when the test says.
/// </summary>
public sealed class EmailBatchingTests : NotificationsFixture
{
    private readonly FakeTimeProvider _clock = TestClock.StartingNow();

    protected override bool EmailBatching => true;

    // The push proxy calls' per-attempt timeout runs on the fake clock too: far beyond any jump a test makes,
    // so a call still finishing when the clock jumps is not cancelled and retried on a clock that stands still.
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Suite:OutboundHttp:AttemptTimeout"] = "1.00:00:00",
    };

    protected override void Configure(WebApplicationBuilder builder) => builder.Services.AddSingleton<TimeProvider>(_clock);

    /// <summary>Lets <paramref name="seconds"/> (default: Mattermost's 900 and the 1 s check interval) pass once every earlier post is waiting in its batch.</summary>
    private async Task LetTimePassAsync(int seconds = 901)
    {
        await WaitUntilEarlierPostsAreHandledAsync();
        _clock.Advance(TimeSpan.FromSeconds(seconds));
    }

    private static async Task SetEmailIntervalAsync(SignedInUser user, string seconds) =>
        await user.Client.SendJsonAsync(
            HttpMethod.Put, "/api/v4/users/me/preferences", new[] { new { user_id = user.Id, category = "notifications", name = "email_interval", value = seconds } });

    private async Task<ReceivedEmail> EmailToAsync(string address)
    {
        var email = await Smtp.NextAsync();
        while (!email.To.Contains(address))
        {
            email = await Smtp.NextAsync();
        }

        return email;
    }

    [Test]
    public async Task MentionsWithinOneInterval_ArriveAsOneEmailListingThemAll()
    {
        using var alice = await TeamMemberAsync();
        using var bob = await TeamMemberAsync();
        var channelId = await ChannelWithAsync(alice, bob);

        await alice.Client.PostAsync(channelId, $"@{bob.User.Username} first");
        await alice.Client.PostAsync(channelId, $"@{bob.User.Username} second");
        await LetTimePassAsync();

        var email = await EmailToAsync(bob.User.Email);
        Assert.Multiple(() =>
        {
            Assert.That(email.Subject, Does.Contain("2 new notifications"));
            Assert.That(email.Body, Does.Contain("first").And.Contain("second"));
        });
    }

    [Test]
    public async Task MentionsInAChannelViewedBeforeTheBatchIsSent_AreLeftOut()
    {
        using var alice = await TeamMemberAsync();
        using var bob = await TeamMemberAsync();
        var viewed = await ChannelWithAsync(alice, bob);
        var unread = await ChannelWithAsync(alice, bob);
        await alice.Client.PostAsync(viewed, $"@{bob.User.Username} already seen");
        await alice.Client.PostAsync(unread, $"@{bob.User.Username} still unread");
        await WaitUntilEarlierPostsAreHandledAsync();

        await bob.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/members/me/view", new { channel_id = viewed });
        await LetTimePassAsync();

        var email = await EmailToAsync(bob.User.Email);
        Assert.That(email.Body, Does.Contain("still unread").And.Not.Contain("already seen"));
    }

    [Test]
    public async Task AUserWhoChoseImmediately_GetsEachEmailAtOnce()
    {
        using var alice = await TeamMemberAsync();
        using var bob = await TeamMemberAsync();
        await SetEmailIntervalAsync(bob, "30");
        var channelId = await ChannelWithAsync(alice, bob);

        await alice.Client.PostAsync(channelId, $"@{bob.User.Username} right away");

        var email = await EmailToAsync(bob.User.Email);
        Assert.That(email.Body, Does.Contain("right away"), "sent without the clock moving at all");
    }

    [Test]
    public async Task AUsersOwnEmailInterval_DecidesWhenTheirBatchIsSent()
    {
        using var alice = await TeamMemberAsync();
        using var hourly = await TeamMemberAsync();
        using var unset = await TeamMemberAsync();
        await SetEmailIntervalAsync(hourly, "3600");
        var channelId = await ChannelWithAsync(alice, hourly, unset);
        await alice.Client.PostAsync(channelId, $"@{hourly.User.Username} @{unset.User.Username} deploy failed");

        var received = new List<ReceivedEmail>();
        async Task ReceiveUntilAsync(string text)
        {
            while (!received.Any(e => e.To.Contains(unset.User.Email) && e.Body.Contains(text, StringComparison.Ordinal)))
            {
                received.Add(await Smtp.NextAsync());
            }
        }

        await LetTimePassAsync();
        await ReceiveUntilAsync("deploy failed");
        await alice.Client.PostAsync(channelId, $"@{unset.User.Username} second round");
        await LetTimePassAsync();

        // Batches are sent one flush after the other: once the second one arrived, the first has been sent whole.
        await ReceiveUntilAsync("second round");

        Assert.That(received.Where(e => e.To.Contains(hourly.User.Email)), Is.Empty, "30 minutes in, the hourly user's batch still waits");
        await LetTimePassAsync(3600);
        var hourlyEmail = await EmailToAsync(hourly.User.Email);
        Assert.That(hourlyEmail.Body, Does.Contain("deploy failed"));
    }
}

/// <summary>Mattermost's <c>ConnectionSecurity</c> values the framework's SMTP client cannot honour stop the start.</summary>
public sealed class EmailSettingsTests
{
    [TestCase("TLS", "not supported")]
    [TestCase("SSL", "must be")]
    public void StartingWithAConnectionSecurityTheSmtpClientCannotDo_FailsWithAClearError(string value, string expected)
    {
        var failure = Assert.CatchAsync(async () =>
        {
            await using var server = await SuiteTestServer.StartAsync(settings: new Dictionary<string, string?>
            {
                ["Suite:Email:SMTPServer"] = "127.0.0.1",
                ["Suite:Email:SMTPPort"] = "465",
                ["Suite:Email:FeedbackEmail"] = "notifications@suite.test",
                ["Suite:Email:ConnectionSecurity"] = value,
            });
        });

        var messages = new List<string>();
        for (var error = failure; error is not null; error = error.InnerException)
        {
            messages.Add(error.Message);
        }

        Assert.That(string.Join(" | ", messages), Does.Contain("Suite:Email:ConnectionSecurity").And.Contain(expected));
    }
}
