using System.Net;
using System.Text;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Channels.Tests.Integrations;

public sealed class IncomingWebhookTests : IntegrationsFixture
{
    private static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<HttpResponseMessage> SendHookAsync(string hookId, HttpContent content)
    {
        using var anonymous = Api.Anonymous();
        return await anonymous.PostAsync($"/hooks/{hookId}", content);
    }

    private async Task AssertHookOkAsync(string hookId, HttpContent content)
    {
        using var response = await SendHookAsync(hookId, content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
            Assert.That(body, Is.EqualTo("ok"));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
        });
    }

    private async Task AssertHookErrorAsync(string hookId, HttpContent content, HttpStatusCode status, string errorId)
    {
        using var response = await SendHookAsync(hookId, content);
        await response.ReadErrorAsync(status, errorId);
    }

    [Test]
    public async Task CreateIncomingWebhook_AsTeamAdmin_AnswersTheHookWhichGetAndListReturn()
    {
        var hook = await CreateIncomingHookAsync(displayName: "Deploys");
        var fetched = await Owner.Client.GetJsonAsync($"/api/v4/hooks/incoming/{hook.Id()}");
        var listed = await Owner.Client.GetJsonAsync($"/api/v4/hooks/incoming?team_id={TeamId}");
        var counted = await Owner.Client.GetJsonAsync($"/api/v4/hooks/incoming?team_id={TeamId}&include_total_count=true");

        Assert.Multiple(() =>
        {
            Assert.That(hook.Id(), Has.Length.EqualTo(26));
            Assert.That(hook.Str("channel_id"), Is.EqualTo(ChannelId));
            Assert.That(hook.Str("team_id"), Is.EqualTo(TeamId));
            Assert.That(hook.Str("user_id"), Is.EqualTo(Owner.Id));
            Assert.That(hook.Str("display_name"), Is.EqualTo("Deploys"));
            Assert.That(hook.GetProperty("channel_locked").GetBoolean(), Is.False);
            Assert.That(fetched.Id(), Is.EqualTo(hook.Id()));
            Assert.That(listed.EnumerateArray().Select(h => h.Id()), Does.Contain(hook.Id()));
            Assert.That(counted.GetProperty("total_count").GetInt64(), Is.EqualTo(counted.GetProperty("incoming_webhooks").GetArrayLength()));
        });
    }

    [Test]
    public async Task CreateIncomingWebhook_AsPlainTeamMember_IsForbidden()
    {
        using var member = await TeamMemberAsync();
        await member.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/hooks/incoming", new { channel_id = ChannelId, display_name = "x" }, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task CreateIncomingWebhook_AsChannelAdmin_IsAllowed()
    {
        using var member = await TeamMemberAsync();
        var channel = (await member.Client.CreateChannelAsync(TeamId)).Id();
        var hook = await member.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/hooks/incoming", new { channel_id = channel, display_name = "mine" }, HttpStatusCode.Created);
        Assert.That(hook.Str("user_id"), Is.EqualTo(member.Id));
    }

    [TestCase("not-an-id")]
    [TestCase("")]
    public async Task CreateIncomingWebhook_WithABadChannelId_IsBadRequest(string channelId) =>
        await Owner.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/hooks/incoming", new { channel_id = channelId }, HttpStatusCode.BadRequest);

    [Test]
    public async Task CreateIncomingWebhook_ForAPrivateChannelTheCallerIsNotIn_IsNotFound()
    {
        using var member = await TeamMemberAsync();
        var secret = (await member.Client.CreateChannelAsync(TeamId, type: "P")).Id();
        using var other = await TeamMemberAsync();
        await other.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/hooks/incoming", new { channel_id = secret }, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task UpdateAndDeleteIncomingWebhook_ByTheOwner_ChangeTheHookAndDeletedHooksPostNothing()
    {
        var hook = await CreateIncomingHookAsync();
        var updated = await Owner.Client.SendJsonAsync(
            HttpMethod.Put, $"/api/v4/hooks/incoming/{hook.Id()}",
            new { id = hook.Id(), channel_id = ChannelId, display_name = "Renamed", description = "d", username = "bot", icon_url = "https://example.com/i.png", channel_locked = true });
        Assert.Multiple(() =>
        {
            Assert.That(updated.Str("display_name"), Is.EqualTo("Renamed"));
            Assert.That(updated.GetProperty("channel_locked").GetBoolean(), Is.True);
        });

        var removed = await Owner.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/hooks/incoming/{hook.Id()}", null);
        Assert.That(removed.Str("status"), Is.EqualTo("OK"));
        await Owner.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/hooks/incoming/{hook.Id()}", null, HttpStatusCode.NotFound);
        await AssertHookErrorAsync(hook.Id(), JsonBody("""{"text":"after delete"}"""), HttpStatusCode.BadRequest, "web.incoming_webhook.invalid.app_error");
    }

    [Test]
    public async Task UpdateIncomingWebhook_WithAnIdThatDoesNotMatchTheUrl_IsBadRequest()
    {
        var hook = await CreateIncomingHookAsync();
        await Owner.Client.SendErrorAsync(HttpMethod.Put, $"/api/v4/hooks/incoming/{hook.Id()}", new { id = "x", channel_id = ChannelId }, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task IncomingWebhookManagement_ByAnotherPlainMember_IsForbiddenAndListsNothingOfOthers()
    {
        var hook = await CreateIncomingHookAsync();
        using var member = await TeamMemberAsync();
        await member.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/hooks/incoming/{hook.Id()}", null, HttpStatusCode.Forbidden);
        await member.Client.SendErrorAsync(HttpMethod.Delete, $"/api/v4/hooks/incoming/{hook.Id()}", null, HttpStatusCode.Forbidden);
        var listed = await member.Client.GetJsonAsync($"/api/v4/hooks/incoming?team_id={TeamId}");
        Assert.That(listed.GetArrayLength(), Is.Zero);
        using var outsider = await Api.SignUpAndLoginAsync();
        await outsider.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/hooks/incoming?team_id={TeamId}", null, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task IncomingWebhookManagement_WithoutASession_IsUnauthorized()
    {
        using var anonymous = Api.Anonymous();
        await anonymous.SendErrorAsync(HttpMethod.Get, "/api/v4/hooks/incoming", null, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task PostToHook_WithSlackJson_PostsAsTheOwnerMarkedAsFromAWebhookWithAttachments()
    {
        var hook = await CreateIncomingHookAsync(displayName: "CI");
        await AssertHookOkAsync(hook.Id(), JsonBody("""
            {"text":"Build <https://ci.example.com/1|#1> failed","username":"ci-bot","icon_url":"https://example.com/ci.png",
             "props":{"card":"details","from_webhook":"false"},"priority":{"priority":"urgent","requested_ack":false},
             "attachments":[{"fallback":"failed","color":"danger","pretext":"pre","title":"Build 1","title_link":"https://ci.example.com/1",
                             "text":"see <https://ci.example.com/1/log|the log>","fields":[{"title":"Branch","value":"main","short":true},{"title":"Tests","value":12,"short":true}],
                             "footer":"ci","ts":1700000000}]}
            """));

        var post = await WaitForPostAsync(ChannelId, p => p.Str("message").StartsWith("Build", StringComparison.Ordinal));
        var props = post.GetProperty("props");
        var attachment = props.GetProperty("attachments")[0];
        Assert.Multiple(() =>
        {
            Assert.That(post.Str("user_id"), Is.EqualTo(Owner.Id));
            Assert.That(post.Str("message"), Is.EqualTo("Build [#1](https://ci.example.com/1) failed"));
            Assert.That(post.Str("type"), Is.EqualTo("slack_attachment"));
            Assert.That(props.Str("from_webhook"), Is.EqualTo("true"));
            Assert.That(props.Str("webhook_display_name"), Is.EqualTo("CI"));
            Assert.That(props.Str("override_username"), Is.EqualTo("ci-bot"));
            Assert.That(props.Str("override_icon_url"), Is.EqualTo("https://example.com/ci.png"));
            Assert.That(props.Str("card"), Is.EqualTo("details"));
            Assert.That(props.GetProperty("priority").Str("priority"), Is.EqualTo("urgent"));
            Assert.That(attachment.Str("color"), Is.EqualTo("danger"));
            Assert.That(attachment.Str("title_link"), Is.EqualTo("https://ci.example.com/1"));
            Assert.That(attachment.Str("text"), Is.EqualTo("see [the log](https://ci.example.com/1/log)"));
            Assert.That(attachment.GetProperty("fields")[1].Str("value"), Is.EqualTo("12"));
            Assert.That(attachment.Str("footer"), Is.EqualTo("ci"));
        });
    }

    [Test]
    public async Task PostToHook_WithAFormPayloadField_PostsTheMessage()
    {
        var hook = await CreateIncomingHookAsync();
        var text = "form " + Guid.NewGuid().ToString("N");
        using var form = new FormUrlEncodedContent([new("payload", JsonSerializer.Serialize(new { text }))]);
        await AssertHookOkAsync(hook.Id(), form);
        await WaitForPostAsync(ChannelId, p => p.Str("message") == text);
    }

    [Test]
    public async Task PostToHook_WithLiteralNewlinesInTheJsonText_PostsTheMessage()
    {
        var hook = await CreateIncomingHookAsync();
        await AssertHookOkAsync(hook.Id(), JsonBody("{\"text\":\"line one\nline two\"}"));
        await WaitForPostAsync(ChannelId, p => p.Str("message") == "line one\nline two");
    }

    [Test]
    public async Task PostToHook_WithoutUsername_UsesTheHooksUsername()
    {
        var hook = await CreateIncomingHookAsync(username: "hook-name");
        var text = "named " + Guid.NewGuid().ToString("N");
        await AssertHookOkAsync(hook.Id(), JsonBody(JsonSerializer.Serialize(new { text })));
        var post = await WaitForPostAsync(ChannelId, p => p.Str("message") == text);
        Assert.That(post.GetProperty("props").Str("override_username"), Is.EqualTo("hook-name"));
    }

    [Test]
    public async Task PostToHook_MentioningAMember_RaisesTheirMentionCount()
    {
        using var member = await TeamMemberAsync();
        await Owner.Client.AddMemberAsync(ChannelId, member.Id);
        var hook = await CreateIncomingHookAsync();
        var before = (await member.Client.MemberAsync(ChannelId)).Long("mention_count");
        await AssertHookOkAsync(hook.Id(), JsonBody(JsonSerializer.Serialize(new { text = $"@{member.User.Username} disk is full" })));
        var after = (await member.Client.MemberAsync(ChannelId)).Long("mention_count");
        Assert.That(after, Is.EqualTo(before + 1));
    }

    [Test]
    public async Task PostToHook_WithAChannelOverride_PostsInThatChannelOfTheTeam()
    {
        var hook = await CreateIncomingHookAsync();
        var other = await Owner.Client.CreateChannelAsync(TeamId);
        var text = "moved " + Guid.NewGuid().ToString("N");
        await AssertHookOkAsync(hook.Id(), JsonBody(JsonSerializer.Serialize(new { text, channel = "#" + other.Str("name") })));
        await WaitForPostAsync(other.Id(), p => p.Str("message") == text);
    }

    [Test]
    public async Task PostToHook_WithAUserOverride_PostsInTheDirectChannelWithTheOwner()
    {
        using var member = await TeamMemberAsync();
        var hook = await CreateIncomingHookAsync();
        var text = "dm " + Guid.NewGuid().ToString("N");
        await AssertHookOkAsync(hook.Id(), JsonBody(JsonSerializer.Serialize(new { text, channel = "@" + member.User.Username })));
        var channels = await member.Client.GetJsonAsync($"/api/v4/users/me/channels");
        var direct = channels.EnumerateArray().Single(c => c.Str("type") == "D");
        await WaitForPostAsync(direct.Id(), p => p.Str("message") == text);
    }

    [Test]
    public async Task PostToHook_LockedToItsChannel_RefusesAnotherChannelAndPostsNothing()
    {
        var hook = await CreateIncomingHookAsync(locked: true);
        var other = await Owner.Client.CreateChannelAsync(TeamId);
        await AssertHookErrorAsync(hook.Id(), JsonBody(JsonSerializer.Serialize(new { text = "nope", channel = other.Str("name") })), HttpStatusCode.Forbidden, "web.incoming_webhook.channel_locked.app_error");
        Assert.That((await PostsAsync(other.Id())).Where(p => p.Str("message") == "nope"), Is.Empty);
    }

    [Test]
    public async Task PostToHook_IntoAPrivateChannelTheOwnerIsNotIn_IsForbidden()
    {
        using var member = await TeamMemberAsync();
        var secret = await member.Client.CreateChannelAsync(TeamId, type: "P");
        var hook = await CreateIncomingHookAsync();
        await AssertHookErrorAsync(hook.Id(), JsonBody(JsonSerializer.Serialize(new { text = "x", channel = secret.Str("name") })), HttpStatusCode.Forbidden, "web.incoming_webhook.permissions.app_error");
        Assert.That(await PostsAsync(secret.Id(), member.Client), Has.None.Matches<JsonElement>(p => p.Str("message") == "x"));
    }

    [Test]
    public async Task PostToHook_IntoAnUnknownChannel_IsBadRequest()
    {
        var hook = await CreateIncomingHookAsync();
        await AssertHookErrorAsync(hook.Id(), JsonBody("""{"text":"x","channel":"no-such-channel"}"""), HttpStatusCode.BadRequest, "web.incoming_webhook.channel.app_error");
    }

    [TestCase("abcdefghijklmnopqrstuvwxyz")]
    [TestCase("not-an-id")]
    public async Task PostToHook_WithAnUnknownHookId_IsBadRequest(string hookId) =>
        await AssertHookErrorAsync(hookId, JsonBody("""{"text":"x"}"""), HttpStatusCode.BadRequest, "web.incoming_webhook.invalid.app_error");

    [TestCase("{\"text\": ")]
    [TestCase("[1,2]")]
    [TestCase("{\"text\": 5}")]
    [TestCase("{\"text\":\"x\",\"attachments\":\"nope\"}")]
    [TestCase("{\"text\":\"x\",\"type\":\"system_join_channel\"}")]
    [TestCase("{\"text\":\"x\",\"priority\":{\"priority\":\"whenever\"}}")]
    public async Task PostToHook_WithInvalidJson_IsBadRequestAndPostsNothing(string body)
    {
        var hook = await CreateIncomingHookAsync();
        await AssertHookErrorAsync(hook.Id(), JsonBody(body), HttpStatusCode.BadRequest, "web.incoming_webhook.parse.app_error");
        Assert.That(await PostsAsync(ChannelId), Has.None.Matches<JsonElement>(p => p.GetProperty("props").TryGetProperty("from_webhook", out _) && p.Str("message") == "x"));
    }

    [TestCase("{}")]
    [TestCase("{\"text\":\"   \"}")]
    [TestCase("{\"text\":\"\",\"attachments\":[]}")]
    public async Task PostToHook_WithAnEmptyMessage_IsBadRequest(string body)
    {
        var hook = await CreateIncomingHookAsync();
        await AssertHookErrorAsync(hook.Id(), JsonBody(body), HttpStatusCode.BadRequest, "web.incoming_webhook.text.app_error");
    }

    [Test]
    public async Task PostToHook_AFormWithoutPayload_IsBadRequest()
    {
        var hook = await CreateIncomingHookAsync();
        using var form = new FormUrlEncodedContent([new("text", "x")]);
        await AssertHookErrorAsync(hook.Id(), form, HttpStatusCode.BadRequest, "web.incoming_webhook.parse.app_error");
    }

    [Test]
    public async Task PostToHook_MoreThanTheLimitInAMinute_IsTooManyRequests()
    {
        var hook = await CreateIncomingHookAsync();
        for (var i = 0; i < PostsPerHookPerMinute; i++)
        {
            await AssertHookOkAsync(hook.Id(), JsonBody($$"""{"text":"burst {{i}}"}"""));
        }

        await AssertHookErrorAsync(hook.Id(), JsonBody("""{"text":"one too many"}"""), HttpStatusCode.TooManyRequests, "api.context.rate_limited.app_error");
        var other = await CreateIncomingHookAsync();
        await AssertHookOkAsync(other.Id(), JsonBody("""{"text":"another hook is not limited"}"""));
    }

    [Test]
    public async Task AHookWhoseCreatorIsDeactivated_IsRefused_AndPostsNothing_UntilTheCreatorIsBack()
    {
        using var creator = await TeamMemberAsync();
        await Server.ExecuteAsync("UPDATE platform.team_members SET scheme_admin = true WHERE team_id = @team AND user_id = @user", ("team", TeamId), ("user", creator.Id));
        var hook = await creator.Client.SendJsonAsync(
            HttpMethod.Post, "/api/v4/hooks/incoming", new { channel_id = ChannelId, display_name = "Orphan" }, HttpStatusCode.Created);
        var text = "orphaned " + Guid.NewGuid().ToString("N")[..8];
        await Admin.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/users/{creator.Id}", null);

        await AssertHookErrorAsync(hook.Id(), JsonBody($"{{\"text\":\"{text}\"}}"), HttpStatusCode.Forbidden, "web.incoming_webhook.user.app_error");

        Assert.That((await PostsAsync(ChannelId)).Select(p => p.Str("message")), Does.Not.Contain(text));
        await Admin.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/users/{creator.Id}/active", new { active = true });
        await AssertHookOkAsync(hook.Id(), JsonBody($"{{\"text\":\"{text}\"}}"));
        await WaitForPostAsync(ChannelId, p => p.Str("message") == text);
    }

    [Test]
    public async Task IconEmoji_IsKeptAsOverrideIconEmoji()
    {
        var hook = await CreateIncomingHookAsync();
        var text = "emoji " + Guid.NewGuid().ToString("N")[..8];

        await AssertHookOkAsync(hook.Id(), JsonBody($"{{\"text\":\"{text}\",\"icon_emoji\":\"ghost\"}}"));

        var post = await WaitForPostAsync(ChannelId, p => p.Str("message") == text);
        Assert.That(post.GetProperty("props").Str("override_icon_emoji"), Is.EqualTo("ghost"));
    }

    [Test]
    public async Task PostingIntoAnArchivedChannel_IsRefused_AndPostsNothing()
    {
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        var hook = await CreateIncomingHookAsync(channel);
        await Owner.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{channel}", null);
        var text = "archived " + Guid.NewGuid().ToString("N")[..8];

        await AssertHookErrorAsync(hook.Id(), JsonBody($"{{\"text\":\"{text}\"}}"), HttpStatusCode.BadRequest, "api.channel.archived.app_error");

        Assert.That(await Server.ScalarAsync<long>("SELECT count(*) FROM channels.posts WHERE channel_id = @channel AND message = @text", ("channel", channel), ("text", text)), Is.Zero);
    }
}
