using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Web;
using Suite.Testing;

namespace Suite.Channels.Tests.Integrations;

public sealed class OutgoingWebhookTests : IntegrationsFixture
{
    protected override IReadOnlyDictionary<string, string?> ServerSettings => new Dictionary<string, string?>(base.ServerSettings)
    {
        ["Suite:OutboundHttp:AttemptTimeout"] = "00:00:00.500",
        ["Suite:OutboundHttp:MaxRetries"] = "1",
        ["Suite:OutboundHttp:BreakerMinimumThroughput"] = "1000",
        ["Suite:Integrations:OutgoingWebhookAttempts"] = "3",
    };

    private async Task<JsonElement> CreateHookAsync(
        string? channelId, string url, string[] triggerWords, int triggerWhen = 0, string contentType = "application/x-www-form-urlencoded", HttpClient? client = null) =>
        await (client ?? Owner.Client).SendJsonAsync(
            HttpMethod.Post,
            "/api/v4/hooks/outgoing",
            new
            {
                team_id = TeamId,
                channel_id = channelId ?? "",
                display_name = "Deploy bot",
                description = "from tests",
                trigger_words = triggerWords,
                trigger_when = triggerWhen,
                callback_urls = new[] { url },
                content_type = contentType,
                username = "deployer",
                icon_url = "",
            },
            HttpStatusCode.Created);

    private static string Word() => "w" + Guid.NewGuid().ToString("N")[..8];

    [Test]
    public async Task OutgoingWebhook_CanBeCreatedReadListedUpdatedGivenANewTokenAndDeleted()
    {
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        var hook = await CreateHookAsync(channel, "http://127.0.0.1:1/x", ["deploy"]);
        var id = hook.Id();
        Assert.Multiple(() =>
        {
            Assert.That(hook.Str("token"), Has.Length.EqualTo(26));
            Assert.That(hook.Str("creator_id"), Is.EqualTo(Owner.Id));
            Assert.That(hook.GetProperty("trigger_words")[0].GetString(), Is.EqualTo("deploy"));
            Assert.That(hook.GetProperty("failure_count").GetInt32(), Is.Zero);
        });

        var listed = await Owner.Client.GetJsonAsync($"/api/v4/hooks/outgoing?team_id={TeamId}&channel_id={channel}");
        Assert.That(listed.EnumerateArray().Select(h => h.Id()), Is.EqualTo(new[] { id }));

        var updated = await Owner.Client.SendJsonAsync(
            HttpMethod.Put,
            $"/api/v4/hooks/outgoing/{id}",
            new { id, team_id = TeamId, channel_id = channel, trigger_words = new[] { "ship", "release" }, trigger_when = 1, callback_urls = new[] { "https://example.com/hook" }, content_type = "application/json" });
        Assert.That(updated.GetProperty("trigger_words").GetArrayLength(), Is.EqualTo(2));
        Assert.That((await Owner.Client.GetJsonAsync($"/api/v4/hooks/outgoing/{id}")).Str("content_type"), Is.EqualTo("application/json"));

        var regenerated = await Owner.Client.SendJsonAsync(HttpMethod.Post, $"/api/v4/hooks/outgoing/{id}/regen_token", null);
        Assert.That(regenerated.Str("token"), Is.Not.EqualTo(hook.Str("token")).And.Length.EqualTo(26));

        await Owner.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/hooks/outgoing/{id}", null);
        await Owner.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/hooks/outgoing/{id}", null, HttpStatusCode.NotFound);
    }

    [TestCase("{\"team_id\":\"TEAM\",\"channel_id\":\"CHANNEL\",\"trigger_words\":[\"a\"],\"callback_urls\":[]}")]
    [TestCase("{\"team_id\":\"TEAM\",\"channel_id\":\"CHANNEL\",\"trigger_words\":[\"a\"],\"callback_urls\":[\"ftp://example.com\"]}")]
    [TestCase("{\"team_id\":\"TEAM\",\"channel_id\":\"CHANNEL\",\"trigger_words\":[\"a\"],\"trigger_when\":2,\"callback_urls\":[\"http://example.com\"]}")]
    [TestCase("{\"team_id\":\"TEAM\",\"channel_id\":\"CHANNEL\",\"trigger_words\":[\"two words\"],\"callback_urls\":[\"http://example.com\"]}")]
    [TestCase("{\"team_id\":\"TEAM\",\"channel_id\":\"CHANNEL\",\"trigger_words\":[\"a\"],\"content_type\":\"text/xml\",\"callback_urls\":[\"http://example.com\"]}")]
    [TestCase("{\"team_id\":\"TEAM\",\"callback_urls\":[\"http://example.com\"]}")]
    [TestCase("{\"team_id\":\"nope\",\"trigger_words\":[\"a\"],\"callback_urls\":[\"http://example.com\"]}")]
    [TestCase("{\"team_id\":")]
    public async Task CreateOutgoingWebhook_WithBadInput_IsBadRequest(string body)
    {
        using var content = SuiteApi.Raw(body.Replace("TEAM", TeamId, StringComparison.Ordinal).Replace("CHANNEL", ChannelId, StringComparison.Ordinal));
        using var response = await Owner.Client.PostAsync("/api/v4/hooks/outgoing", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task CreateOutgoingWebhook_ByAPlainMember_OrInAPrivateChannel_IsForbidden()
    {
        using var member = await TeamMemberAsync();
        var body = new { team_id = TeamId, trigger_words = new[] { "x" }, callback_urls = new[] { "http://example.com" } };
        await member.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/hooks/outgoing", body, HttpStatusCode.Forbidden);

        var privateChannel = (await Owner.Client.CreateChannelAsync(TeamId, type: "P")).Id();
        await Owner.Client.SendErrorAsync(
            HttpMethod.Post, "/api/v4/hooks/outgoing", new { team_id = TeamId, channel_id = privateChannel, callback_urls = new[] { "http://example.com" } }, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task AFormHook_ReceivesMattermostsPayloadWithItsToken_AndItsReplyBecomesAPost()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var word = Word();
        var hook = await CreateHookAsync(channel.Id(), receiver.Url, [word]);
        receiver.Reply = () => (200, JsonSerializer.Serialize(new { text = "Deploying now", username = "shipit", attachments = new[] { new { color = "#00ff00", text = "build 42" } } }));

        var post = await Owner.Client.PostAsync(channel.Id(), $"{word} production please");
        var call = await receiver.NextAsync();
        var form = HttpUtility.ParseQueryString(call.Body);
        Assert.Multiple(() =>
        {
            Assert.That(call.ContentType, Does.StartWith("application/x-www-form-urlencoded"));
            Assert.That(call.Accept, Does.Contain("application/json"));
            Assert.That(form["token"], Is.EqualTo(hook.Str("token")));
            Assert.That(form["team_id"], Is.EqualTo(TeamId));
            Assert.That(form["channel_id"], Is.EqualTo(channel.Id()));
            Assert.That(form["channel_name"], Is.EqualTo(channel.Str("name")));
            Assert.That(form["user_id"], Is.EqualTo(Owner.Id));
            Assert.That(form["user_name"], Is.Not.Empty);
            Assert.That(form["post_id"], Is.EqualTo(post.Id()));
            Assert.That(form["text"], Is.EqualTo($"{word} production please"));
            Assert.That(form["trigger_word"], Is.EqualTo(word));
            Assert.That(long.Parse(form["timestamp"]!, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(post.GetProperty("create_at").GetInt64() / 1000));
        });

        var reply = await WaitForPostAsync(channel.Id(), p => p.Str("message") == "Deploying now");
        var props = reply.GetProperty("props");
        Assert.Multiple(() =>
        {
            Assert.That(reply.Str("user_id"), Is.EqualTo(Owner.Id));
            Assert.That(reply.Str("root_id"), Is.Empty);
            Assert.That(props.Str("from_webhook"), Is.EqualTo("true"));
            Assert.That(props.Str("override_username"), Is.EqualTo("shipit"));
            Assert.That(props.GetProperty("attachments")[0].Str("text"), Is.EqualTo("build 42"));
        });

        await Task.Delay(500);
        Assert.That(receiver.TryNext(out _), Is.False, "the hook's own reply must not trigger it again");
    }

    [Test]
    public async Task AJsonHook_GetsTheMillisecondTimestamp_AndACommentReplyIsThreaded()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        var word = Word();
        await CreateHookAsync(null, receiver.Url, [word], contentType: "application/json");
        receiver.Reply = () => (200, JsonSerializer.Serialize(new { text = "threaded answer", response_type = "comment" }));

        var post = await Owner.Client.PostAsync(channel, word);
        var call = await receiver.NextAsync();
        using var payload = JsonDocument.Parse(call.Body);
        Assert.Multiple(() =>
        {
            Assert.That(call.ContentType, Does.StartWith("application/json"));
            Assert.That(payload.RootElement.GetProperty("timestamp").GetInt64(), Is.EqualTo(post.GetProperty("create_at").GetInt64()));
            Assert.That(payload.RootElement.Str("post_id"), Is.EqualTo(post.Id()));
            Assert.That(payload.RootElement.Str("trigger_word"), Is.EqualTo(word));
        });

        var reply = await WaitForPostAsync(channel, p => p.Str("message") == "threaded answer");
        Assert.That(reply.Str("root_id"), Is.EqualTo(post.Id()));
    }

    [Test]
    public async Task TriggerWhenZero_FiresOnlyOnAnEqualFirstWord_AndOneOnAFirstWordStartingWithIt()
    {
        await using var exact = await CallbackReceiver.StartAsync();
        await using var prefix = await CallbackReceiver.StartAsync();
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        var word = Word();
        await CreateHookAsync(channel, exact.Url, [word], triggerWhen: 0);
        await CreateHookAsync(channel, prefix.Url, [word], triggerWhen: 1);

        await Owner.Client.PostAsync(channel, $"say {word} later");
        await Owner.Client.PostAsync(channel, $"{word}ment now");
        await Owner.Client.PostAsync(channel, $"{word} now");

        // Each delivery is sent on its own, so two posts' callbacks may arrive in either order.
        var prefixTexts = new[] { await prefix.NextAsync(), await prefix.NextAsync() }.Select(r => HttpUtility.ParseQueryString(r.Body)["text"]);
        Assert.That(prefixTexts, Is.EquivalentTo(new[] { $"{word}ment now", $"{word} now" }));
        Assert.That(HttpUtility.ParseQueryString((await exact.NextAsync()).Body)["text"], Is.EqualTo($"{word} now"));
    }

    [Test]
    public async Task AChannelHookWithoutTriggerWords_FiresForEveryPostInItsChannelOnly()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        var other = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        await CreateHookAsync(channel, receiver.Url, []);

        await Owner.Client.PostAsync(other, "elsewhere");
        await Owner.Client.PostAsync(channel, "anything at all");
        var form = HttpUtility.ParseQueryString((await receiver.NextAsync()).Body);
        Assert.Multiple(() =>
        {
            Assert.That(form["text"], Is.EqualTo("anything at all"));
            Assert.That(form["trigger_word"], Is.Empty);
        });
    }

    [Test]
    public async Task AHangingCallback_DoesNotSlowPosting_AndItsFailureIsVisibleToTheOwner()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        receiver.Hang = true;
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        var word = Word();
        var hook = await CreateHookAsync(channel, receiver.Url, [word]);

        var clock = Stopwatch.StartNew();
        await Owner.Client.PostAsync(channel, word + " hello");
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2.5)), "posting waited for the callback");
        await receiver.NextAsync();

        var seen = await WaitForHookAsync(hook.Id(), h => h.GetProperty("failure_count").GetInt32() > 0);
        Assert.Multiple(() =>
        {
            Assert.That(seen.Str("last_error"), Does.Contain(receiver.Url));
            Assert.That(seen.GetProperty("last_error_at").GetInt64(), Is.GreaterThan(0));
        });
    }

    [Test]
    public async Task AFailingCallback_IsRedeliveredWithBackoff_AndSucceedsOnceItRecovers()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var calls = 0;
        receiver.Reply = () => Interlocked.Increment(ref calls) <= 2 ? (500, "") : (200, JsonSerializer.Serialize(new { text = "recovered" }));
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        var word = Word();
        var hook = await CreateHookAsync(channel, receiver.Url, [word]);

        await Owner.Client.PostAsync(channel, word);
        await WaitForPostAsync(channel, p => p.Str("message") == "recovered");
        var seen = await Owner.Client.GetJsonAsync($"/api/v4/hooks/outgoing/{hook.Id()}");
        Assert.Multiple(() =>
        {
            Assert.That(seen.GetProperty("failure_count").GetInt32(), Is.Zero, "a success clears the count");
            Assert.That(seen.Str("last_error"), Does.Contain("500"));
        });
    }

    [Test]
    public async Task AnIncomingWebhookPost_DoesNotTriggerOutgoingWebhooks()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var word = Word();
        await CreateHookAsync(ChannelId, receiver.Url, [word]);
        var incoming = await CreateIncomingHookAsync();
        using var content = SuiteApi.Json(new { text = word + " from a webhook" });
        using var http = new HttpClient();
        (await http.PostAsync(HookUrl(incoming.Id()), content)).EnsureSuccessStatusCode();
        await WaitForPostAsync(ChannelId, p => p.Str("message") == word + " from a webhook");
        await Task.Delay(500);
        Assert.That(receiver.TryNext(out _), Is.False);
    }

    [Test]
    public async Task APostByABot_TriggersTheHook_AsMattermostSkipsOnlyWebhookPosts()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        var word = Word();
        await CreateHookAsync(channel, receiver.Url, [word]);
        var bot = await Admin.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/bots", new { username = SuiteApi.UniqueName("bot"), display_name = "Alert Bot" }, HttpStatusCode.Created);
        var botId = bot.Str("user_id");
        await SuiteApi.AddToTeamAsync(Owner.Client, TeamId, botId);
        await Owner.Client.AddMemberAsync(channel, botId);
        var token = (await Admin.Client.SendJsonAsync(HttpMethod.Post, $"/api/v4/users/{botId}/tokens", new { description = "alerts" }, HttpStatusCode.Created)).Str("token");
        using var asBot = Server.CreateClient();
        asBot.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        var post = await asBot.SendJsonAsync(HttpMethod.Post, "/api/v4/posts", new { channel_id = channel, message = $"{word} disk full" }, HttpStatusCode.Created);

        var form = HttpUtility.ParseQueryString((await receiver.NextAsync()).Body);
        Assert.That(form["post_id"], Is.EqualTo(post.Id()));
        Assert.That(form["user_id"], Is.EqualTo(botId));
    }

    [Test]
    public async Task APostInAPrivateChannel_TriggersNoHook()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var word = Word();
        await CreateHookAsync(null, receiver.Url, [word]);
        var secret = (await Owner.Client.CreateChannelAsync(TeamId, type: "P")).Id();
        var open = (await Owner.Client.CreateChannelAsync(TeamId)).Id();

        await Owner.Client.PostAsync(secret, $"{word} private matter");
        var marker = await Owner.Client.PostAsync(open, $"{word} public marker");

        var calls = new List<string?>();
        while (calls.LastOrDefault() != marker.Id())
        {
            calls.Add(HttpUtility.ParseQueryString((await receiver.NextAsync()).Body)["post_id"]);
        }

        Assert.That(calls, Is.EqualTo(new[] { marker.Id() }), "the private channel's post, made first, was never delivered");
    }

    [Test]
    public async Task AReplyWithAPriority_IsPostedWithIt()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        var word = Word();
        await CreateHookAsync(channel, receiver.Url, [word]);
        receiver.Reply = () => (200, JsonSerializer.Serialize(new { text = "paging on call", priority = new { priority = "urgent", requested_ack = true } }));

        await Owner.Client.PostAsync(channel, $"{word} database down");

        var reply = await WaitForPostAsync(channel, p => p.Str("message") == "paging on call");
        var priority = reply.GetProperty("props").GetProperty("priority");
        Assert.That(priority.Str("priority"), Is.EqualTo("urgent"));
        Assert.That(priority.GetProperty("requested_ack").GetBoolean(), Is.True);
    }

    private async Task<JsonElement> WaitForHookAsync(string hookId, Func<JsonElement, bool> match)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var hook = await Owner.Client.GetJsonAsync($"/api/v4/hooks/outgoing/{hookId}");
            if (match(hook))
            {
                return hook;
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(20))
            {
                Assert.Fail("The hook did not reach the expected state in time.");
            }

            await Task.Delay(100);
        }
    }
}
