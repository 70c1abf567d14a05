using System.Net;
using System.Text;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Channels.Tests.Integrations;

public sealed class SlashCommandTests : IntegrationsFixture
{
    private async Task<JsonElement> ExecuteAsync(HttpClient client, string command, string? channelId = null, HttpStatusCode expected = HttpStatusCode.OK) =>
        await client.SendJsonAsync(HttpMethod.Post, "/api/v4/commands/execute", new { command, channel_id = channelId ?? ChannelId, team_id = TeamId }, expected);

    [Test]
    public async Task Echo_PostsTheTextInTheChannelAsTheUser()
    {
        var text = "echo " + Guid.NewGuid().ToString("N");
        var response = await ExecuteAsync(Owner.Client, "/echo " + text);
        Assert.That(response.Str("response_type"), Is.EqualTo("in_channel"));
        var post = await WaitForPostAsync(ChannelId, p => p.Str("message") == text);
        Assert.That(post.Str("user_id"), Is.EqualTo(Owner.Id));
    }

    [Test]
    public async Task Me_PostsAMePost()
    {
        await ExecuteAsync(Owner.Client, "/me waves");
        var post = await WaitForPostAsync(ChannelId, p => p.Str("message") == "*waves*");
        Assert.That(post.Str("type"), Is.EqualTo("me"));
    }

    [Test]
    public async Task Header_ChangesTheChannelHeader()
    {
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        await ExecuteAsync(Owner.Client, "/header On call: @alice", channel);
        Assert.That((await Owner.Client.ChannelAsync(channel)).Str("header"), Is.EqualTo("On call: @alice"));
    }

    [Test]
    public async Task Mute_TogglesTheMembersMarkUnread()
    {
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        await ExecuteAsync(Owner.Client, "/mute", channel);
        Assert.That((await Owner.Client.MemberAsync(channel)).GetProperty("notify_props").Str("mark_unread"), Is.EqualTo("mention"));
        await ExecuteAsync(Owner.Client, "/mute", channel);
        Assert.That((await Owner.Client.MemberAsync(channel)).GetProperty("notify_props").Str("mark_unread"), Is.EqualTo("all"));
    }

    [Test]
    public async Task JoinAndLeave_ChangeTheUsersMembership()
    {
        using var member = await TeamMemberAsync();
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var townSquare = (await member.Client.GetJsonAsync($"/api/v4/users/me/teams/{TeamId}/channels")).EnumerateArray().First().Id();
        var joined = await ExecuteAsync(member.Client, "/join ~" + channel.Str("name"), townSquare);
        Assert.That(joined.Str("goto_location"), Does.EndWith(channel.Str("name")));
        await member.Client.MemberAsync(channel.Id());
        await ExecuteAsync(member.Client, "/leave", channel.Id());
        await member.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/channels/{channel.Id()}/members/me", null, HttpStatusCode.NotFound);
    }

    [TestCase("echo")]
    [TestCase("/")]
    [TestCase("/ echo")]
    public async Task Execute_WithoutALeadingTrigger_IsBadRequest(string command) =>
        await Owner.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/commands/execute", new { command, channel_id = ChannelId }, HttpStatusCode.BadRequest);

    [Test]
    public async Task Execute_AnUnknownTrigger_IsNotFound() =>
        await Owner.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/commands/execute", new { command = "/nosuchcommand x", channel_id = ChannelId }, HttpStatusCode.NotFound, "api.command.execute_command.not_found.app_error");

    [Test]
    public async Task Execute_InAChannelTheUserIsNotIn_IsForbidden()
    {
        using var member = await TeamMemberAsync();
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        await member.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/commands/execute", new { command = "/echo hi", channel_id = channel }, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task CreateCommand_AsAPlainMember_IsForbidden_AndWithABadUrlIsBadRequest()
    {
        using var member = await TeamMemberAsync();
        await member.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/commands", new { team_id = TeamId, trigger = "deploy", url = "http://127.0.0.1:1/x", method = "P" }, HttpStatusCode.Forbidden);
        await Owner.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/commands", new { team_id = TeamId, trigger = "deploy", url = "ftp://x", method = "P" }, HttpStatusCode.BadRequest);
        await Owner.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/commands", new { team_id = TeamId, trigger = "echo", url = "http://127.0.0.1:1/x", method = "P" }, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task CustomCommand_RoundTripsToALoopbackService_AndItsResponseUrlTakesADelayedReply()
    {
        using var service = new HttpListener();
        var port = FreePort();
        service.Prefixes.Add($"http://127.0.0.1:{port}/");
        service.Start();
        var trigger = "deploy" + Guid.NewGuid().ToString("N")[..6];
        var command = await Owner.Client.SendJsonAsync(
            HttpMethod.Post, "/api/v4/commands", new { team_id = TeamId, trigger, url = $"http://127.0.0.1:{port}/cmd", method = "P", username = "deployer" }, HttpStatusCode.Created);
        Assert.That(command.Str("token"), Has.Length.EqualTo(26));

        var serve = Task.Run(async () =>
        {
            var context = await service.GetContextAsync();
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var form = System.Web.HttpUtility.ParseQueryString(await reader.ReadToEndAsync());
            var reply = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { response_type = "in_channel", text = $"Deploying {form["text"]} for {form["user_name"]}", goto_location = "https://example.com/deploys" }));
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(reply);
            context.Response.Close();
            return (form, context.Request.Headers["Authorization"]);
        });

        var response = await ExecuteAsync(Owner.Client, $"/{trigger} v1.2");
        var (sent, authorization) = await serve;
        Assert.Multiple(() =>
        {
            Assert.That(response.Str("goto_location"), Is.EqualTo("https://example.com/deploys"));
            Assert.That(sent["token"], Is.EqualTo(command.Str("token")));
            Assert.That(authorization, Is.EqualTo("Token " + command.Str("token")));
            Assert.That(sent["team_id"], Is.EqualTo(TeamId));
            Assert.That(sent["channel_id"], Is.EqualTo(ChannelId));
            Assert.That(sent["user_id"], Is.EqualTo(Owner.Id));
            Assert.That(sent["command"], Is.EqualTo("/" + trigger));
            Assert.That(sent["text"], Is.EqualTo("v1.2"));
            Assert.That(sent["team_domain"], Is.Not.Empty);
        });
        var post = await WaitForPostAsync(ChannelId, p => p.Str("message") == $"Deploying v1.2 for {Owner.User.Username}");
        Assert.That(post.GetProperty("props").Str("from_webhook"), Is.EqualTo("true"));

        using var anonymous = Api.Anonymous();
        using (var delayed = await anonymous.PostAsync(new Uri(sent["response_url"]!).PathAndQuery, SuiteApi.Json(new { response_type = "in_channel", text = "Deploy finished" })))
        {
            Assert.That(delayed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await delayed.Content.ReadAsStringAsync());
        }

        await WaitForPostAsync(ChannelId, p => p.Str("message") == "Deploy finished");
        using var forged = await anonymous.PostAsync("/hooks/commands/abcdefghijklmnopqrstuvwxyz", SuiteApi.Json(new { response_type = "in_channel", text = "forged" }));
        await forged.ReadErrorAsync(HttpStatusCode.BadRequest, "web.command_webhook.invalid.app_error");
    }

    [Test]
    public async Task CustomCommand_WhoseServiceFails_IsAnErrorAndPostsNothing()
    {
        var port = FreePort();
        var trigger = "broken" + Guid.NewGuid().ToString("N")[..6];
        await Owner.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/commands", new { team_id = TeamId, trigger, url = $"http://127.0.0.1:{port}/none", method = "G" }, HttpStatusCode.Created);
        var error = await Owner.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/commands/execute", new { command = $"/{trigger}", channel_id = ChannelId }, HttpStatusCode.InternalServerError, "api.command.execute_command.failed.app_error");
        Assert.That(error.Str("detailed_error"), Does.Contain(port.ToString(System.Globalization.CultureInfo.InvariantCulture)), "the detail says which call failed and why");
    }

    [Test]
    public async Task ListCommands_ShowsBuiltInsAndCustomCommands_SanitisedForMembers()
    {
        var trigger = "listed" + Guid.NewGuid().ToString("N")[..6];
        await Owner.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/commands", new { team_id = TeamId, trigger, url = "http://127.0.0.1:1/x", method = "P" }, HttpStatusCode.Created);
        using var member = await TeamMemberAsync();
        var all = await member.Client.GetJsonAsync($"/api/v4/commands?team_id={TeamId}");
        var triggers = all.EnumerateArray().Select(c => c.Str("trigger")).ToList();
        Assert.That(triggers, Does.Contain("echo").And.Contain(trigger));
        Assert.That(all.EnumerateArray().Single(c => c.Str("trigger") == trigger).Str("token"), Is.Empty);
    }

    private async Task<(CallbackReceiver Receiver, JsonElement Command)> CommandWithReceiverAsync(Func<(int Status, string Json)> reply)
    {
        var receiver = await CallbackReceiver.StartAsync();
        receiver.Reply = reply;
        var trigger = "cb" + Guid.NewGuid().ToString("N")[..8];
        var command = await Owner.Client.SendJsonAsync(
            HttpMethod.Post, "/api/v4/commands", new { team_id = TeamId, trigger, url = receiver.Url, method = "P" }, HttpStatusCode.Created);
        return (receiver, command);
    }

    [Test]
    public async Task CustomCommand_SendsItsContext_AndTheTeamMembersAndOpenChannelsTheTextMentions()
    {
        var (receiver, command) = await CommandWithReceiverAsync(() => (200, "{\"text\":\"ok\"}"));
        await using var _ = receiver;
        using var member = await TeamMemberAsync();
        using var outsider = await Api.SignUpAndLoginAsync();
        var open = await Owner.Client.CreateChannelAsync(TeamId);
        var secret = await Owner.Client.CreateChannelAsync(TeamId, type: "P");
        var root = await Owner.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/posts", new { channel_id = ChannelId, message = "thread root" }, HttpStatusCode.Created);
        var text = $"page @{member.User.Username}. @{outsider.User.Username} @nosuchuser0000 ~{open.Str("name")} ~{secret.Str("name")} ~nosuchchannel0000";

        await Owner.Client.SendJsonAsync(
            HttpMethod.Post, "/api/v4/commands/execute", new { command = $"/{command.Str("trigger")} {text}", channel_id = ChannelId, team_id = TeamId, root_id = root.Id() }, HttpStatusCode.OK);

        var sent = System.Web.HttpUtility.ParseQueryString((await receiver.NextAsync()).Body);
        var channelName = (await Owner.Client.ChannelAsync(ChannelId)).Str("name");
        Assert.Multiple(() =>
        {
            Assert.That(sent["text"], Is.EqualTo(text));
            Assert.That(sent["channel_name"], Is.EqualTo(channelName));
            Assert.That(sent["root_id"], Is.EqualTo(root.Id()));
            Assert.That(sent["trigger_id"], Is.Not.Empty);
            Assert.That(sent.GetValues("user_mentions"), Is.EqualTo(new[] { member.User.Username }), "team members only, trailing punctuation dropped");
            Assert.That(sent.GetValues("user_mentions_ids"), Is.EqualTo(new[] { member.Id }));
            Assert.That(sent.GetValues("channel_mentions"), Is.EqualTo(new[] { open.Str("name") }), "open channels of the team only");
            Assert.That(sent.GetValues("channel_mentions_ids"), Is.EqualTo(new[] { open.Id() }));
        });
    }

    [TestCase(201)]
    [TestCase(404)]
    public async Task CustomCommand_AnsweringOtherThan200_IsFailedResp_AndPostsNothing(int status)
    {
        var text = "refused " + Guid.NewGuid().ToString("N")[..8];
        var (receiver, command) = await CommandWithReceiverAsync(() => (status, $"{{\"response_type\":\"in_channel\",\"text\":\"{text}\"}}"));
        await using var _ = receiver;

        var error = await Owner.Client.SendErrorAsync(
            HttpMethod.Post, "/api/v4/commands/execute", new { command = $"/{command.Str("trigger")}", channel_id = ChannelId }, HttpStatusCode.InternalServerError, "api.command.execute_command.failed_resp.app_error");

        Assert.That(error.Str("message"), Does.Contain(status.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(error.Str("detailed_error"), Does.Contain(text), "the detail is what the service answered");
        Assert.That((await PostsAsync(ChannelId)).Select(p => p.Str("message")), Does.Not.Contain(text));
    }

    [Test]
    public async Task CustomCommand_EphemeralReply_IsAnEphemeralMessageEventToTheInvokerOnly_AndIsNotStored()
    {
        var text = "only you " + Guid.NewGuid().ToString("N")[..8];
        var (receiver, command) = await CommandWithReceiverAsync(() => (200, $"{{\"response_type\":\"ephemeral\",\"text\":\"{text} <http://example.com|docs>\"}}"));
        await using var _ = receiver;
        using var member = await TeamMemberAsync();
        await Owner.Client.AddMemberAsync(ChannelId, member.Id);
        await using var invokerEvents = await EventClient.ConnectAsync(Server.BaseAddress, Owner.Token);
        await using var memberEvents = await EventClient.ConnectAsync(Server.BaseAddress, member.Token);

        await Owner.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/commands/execute", new { command = $"/{command.Str("trigger")}", channel_id = ChannelId }, HttpStatusCode.OK);

        var ephemeral = await invokerEvents.NextAsync("ephemeral_message");
        var post = JsonDocument.Parse(ephemeral.GetProperty("data").Str("post")).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(post.Str("message"), Is.EqualTo($"{text} [docs](http://example.com)"));
            Assert.That(post.Str("channel_id"), Is.EqualTo(ChannelId));
            Assert.That(post.Str("user_id"), Is.EqualTo(Owner.Id));
            Assert.That(post.Str("type"), Is.EqualTo("system_ephemeral"));
            Assert.That(ephemeral.GetProperty("broadcast").Str("user_id"), Is.EqualTo(Owner.Id));
        });

        var marker = "marker " + Guid.NewGuid().ToString("N")[..8];
        await Owner.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/posts", new { channel_id = ChannelId, message = marker }, HttpStatusCode.Created);
        var memberSaw = await memberEvents.EventsUntilAsync("posted", data => data.Str("post").Contains(marker, StringComparison.Ordinal));
        Assert.That(memberSaw, Has.None.StartsWith("ephemeral_message"));
        Assert.That((await PostsAsync(ChannelId)).Select(p => p.Str("message")), Has.None.Contains(text));
    }

    [Test]
    public async Task CustomCommand_ReplyWithSkipSlackParsing_IsPostedAsItIs_HereAndThroughTheResponseUrl()
    {
        var raw = "raw " + Guid.NewGuid().ToString("N")[..8] + " <http://example.com|docs>";
        var (receiver, command) = await CommandWithReceiverAsync(() => (200, JsonSerializer.Serialize(new { response_type = "in_channel", text = raw, skip_slack_parsing = true })));
        await using var _ = receiver;

        await Owner.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/commands/execute", new { command = $"/{command.Str("trigger")}", channel_id = ChannelId }, HttpStatusCode.OK);
        await WaitForPostAsync(ChannelId, p => p.Str("message") == raw);

        var responseUrl = new Uri(System.Web.HttpUtility.ParseQueryString((await receiver.NextAsync()).Body)["response_url"]!).PathAndQuery;
        using var anonymous = Api.Anonymous();
        var later = "later " + Guid.NewGuid().ToString("N")[..8];
        using (var skipped = await anonymous.PostAsync(responseUrl, SuiteApi.Json(new { response_type = "in_channel", text = later + " <http://a.test|a>", skip_slack_parsing = true })))
        {
            Assert.That(skipped.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using (var parsed = await anonymous.PostAsync(responseUrl, SuiteApi.Json(new { response_type = "in_channel", text = later + " <http://b.test|b>" })))
        {
            Assert.That(parsed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await WaitForPostAsync(ChannelId, p => p.Str("message") == later + " <http://a.test|a>");
        await WaitForPostAsync(ChannelId, p => p.Str("message") == later + " [b](http://b.test)");
    }

    [Test]
    public async Task DeleteCommand_ByATeamAdmin_RemovesIt_AndItsTriggerNoLongerRuns()
    {
        var trigger = "gone" + Guid.NewGuid().ToString("N")[..6];
        var command = await Owner.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/commands", new { team_id = TeamId, trigger, url = "http://127.0.0.1:1/x", method = "P" }, HttpStatusCode.Created);
        using var member = await TeamMemberAsync();

        await member.Client.SendErrorAsync(HttpMethod.Delete, $"/api/v4/commands/{command.Id()}", null, HttpStatusCode.Forbidden);
        Assert.That((await Owner.Client.GetJsonAsync($"/api/v4/commands/{command.Id()}")).Str("trigger"), Is.EqualTo(trigger), "a refused delete changes nothing");

        var deleted = await Owner.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/commands/{command.Id()}", null);

        Assert.That(deleted.Str("status"), Is.EqualTo("OK"));
        await Owner.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/commands/{command.Id()}", null, HttpStatusCode.NotFound);
        await Owner.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/commands/execute", new { command = $"/{trigger}", channel_id = ChannelId }, HttpStatusCode.NotFound, "api.command.execute_command.not_found.app_error");
        await Owner.Client.SendErrorAsync(HttpMethod.Delete, $"/api/v4/commands/{command.Id()}", null, HttpStatusCode.NotFound);
        Assert.That((await Owner.Client.GetJsonAsync($"/api/v4/commands?team_id={TeamId}&custom_only=true")).EnumerateArray().Select(c => c.Str("trigger")), Does.Not.Contain(trigger));
    }
}
