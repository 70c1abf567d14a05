using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>Channel actions at <c>/actions/channels/{channel_id}</c>: who may see and change them, their checks, and the welcome message.</summary>
public sealed class ChannelActionTests : PlaybooksFixture
{
    private static string Actions(string channelId) => $"{Root}/actions/channels/{channelId}";

    private static object Welcome(string channelId, string message, bool enabled = true) =>
        new { channel_id = channelId, enabled, action_type = "send_welcome_message", trigger_type = "new_member_joins", payload = new { message } };

    private static async Task<HttpResponseMessage> CreateAsync(HttpClient client, string channelId, object action) =>
        await client.PostAsync(Actions(channelId), SuiteApi.Json(action));

    private static async Task<string> CreatedIdAsync(HttpClient client, string channelId, object action)
    {
        using var response = await CreateAsync(client, channelId, action);
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
    }

    [Test]
    public async Task CreateListAndUpdate_KeepOnlyThePayloadFieldsOfTheActionsType()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var playbookId = await CreatePlaybookAsync(Owner.Client);

        using var created = await CreateAsync(Owner.Client, channel, new
        {
            channel_id = channel, enabled = true, action_type = "prompt_run_playbook", trigger_type = "keywords",
            payload = new { keywords = new[] { "sev1", "outage" }, playbook_id = playbookId, message = "not a prompt field" },
        });
        var id = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        Assert.That(created.Headers.Location?.ToString(), Is.EqualTo($"/api/v0/actions/channels/{channel}/{id}"));

        var listed = (await GetAsync(Owner.Client, Actions(channel))).EnumerateArray().Single();
        Assert.That(listed.GetProperty("id").GetString(), Is.EqualTo(id));
        Assert.That(listed.GetProperty("enabled").GetBoolean(), Is.True);
        Assert.That(listed.GetProperty("payload").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "keywords", "playbook_id" }));

        using var updated = await PutAsync(Owner.Client, $"{Actions(channel)}/{id}", new
        {
            id, channel_id = channel, enabled = false, action_type = "prompt_run_playbook", trigger_type = "keywords", payload = new { keywords = new[] { "sev2" }, playbook_id = playbookId },
        });
        Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var after = (await GetAsync(Owner.Client, Actions(channel))).EnumerateArray().Single();
        Assert.That(after.GetProperty("enabled").GetBoolean(), Is.False);
        Assert.That(after.GetProperty("payload").GetProperty("keywords").EnumerateArray().Select(k => k.GetString()), Is.EqualTo(new[] { "sev2" }));
    }

    [Test]
    public async Task List_FiltersByTypeAndTrigger()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        await CreatedIdAsync(Owner.Client, channel, Welcome(channel, "Hello"));
        await CreatedIdAsync(Owner.Client, channel, new { channel_id = channel, enabled = true, action_type = "categorize_channel", trigger_type = "new_member_joins", payload = new { category_name = "Incidents" } });

        var welcome = await GetAsync(Owner.Client, $"{Actions(channel)}?action_type=send_welcome_message");
        var joins = await GetAsync(Owner.Client, $"{Actions(channel)}?trigger_type=new_member_joins");
        var keywords = await GetAsync(Owner.Client, $"{Actions(channel)}?trigger_type=keywords");
        using var bad = await Owner.Client.GetAsync($"{Actions(channel)}?action_type=explode");

        Assert.That(welcome.EnumerateArray().Select(a => a.GetProperty("payload").GetProperty("message").GetString()), Is.EqualTo(new[] { "Hello" }));
        Assert.That(joins.GetArrayLength(), Is.EqualTo(2));
        Assert.That(keywords.GetArrayLength(), Is.Zero);
        Assert.That(await ReadPluginErrorAsync(bad, HttpStatusCode.BadRequest), Does.Contain("action_type \"explode\" not recognized"));
    }

    [Test]
    public async Task Create_ASecondActionOfTheSameTypeAndTrigger_Answers400AndKeepsTheFirst()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        await CreatedIdAsync(Owner.Client, channel, Welcome(channel, "First"));

        using var second = await CreateAsync(Owner.Client, channel, Welcome(channel, "Second"));

        Assert.That(await ReadPluginErrorAsync(second, HttpStatusCode.BadRequest), Does.Contain("only one action"));
        Assert.That((await GetAsync(Owner.Client, Actions(channel))).EnumerateArray().Select(a => a.GetProperty("payload").GetProperty("message").GetString()), Is.EqualTo(new[] { "First" }));
    }

    [TestCase("{\"enabled\":true,\"action_type\":\"send_welcome_message\",\"trigger_type\":\"when_asked\",\"payload\":{}}", "trigger type \"when_asked\" not recognized")]
    [TestCase("{\"enabled\":true,\"action_type\":\"prompt_run_playbook\",\"trigger_type\":\"new_member_joins\",\"payload\":{}}", "is not valid for trigger type")]
    [TestCase("{\"enabled\":true,\"action_type\":\"prompt_run_playbook\",\"trigger_type\":\"keywords\",\"payload\":{\"keywords\":[\"ok\",\"\"]}}", "only non-empty keywords")]
    [TestCase("{\"enabled\":true,\"action_type\":\"prompt_run_playbook\",\"trigger_type\":\"keywords\",\"payload\":{\"keywords\":\"sev1\"}}", "list of strings")]
    [TestCase("{\"enabled\":true,\"action_type\":\"prompt_run_playbook\",\"trigger_type\":\"keywords\",\"payload\":{\"playbook_id\":\"nope\"}}", "must be a valid ID")]
    [TestCase("{\"enabled\":true,\"action_type\":\"send_welcome_message\",\"trigger_type\":\"new_member_joins\",\"payload\":{\"message\":7}}", "'message' must be a string")]
    [TestCase("{\"enabled\":true,\"action_type\":\"send_welcome_message\",\"trigger_type\":\"new_member_joins\",\"payload\":[]}", "payload must be an object")]
    public async Task Create_WithABadActionOrPayload_Answers400AndStoresNothing(string fields, string expected)
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var body = fields.Insert(1, $"\"channel_id\":\"{channel}\",");

        using var response = await Owner.Client.PostAsync(Actions(channel), SuiteApi.Raw(body));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain(expected));
        Assert.That((await GetAsync(Owner.Client, Actions(channel))).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task CreateAndUpdate_NamingAnotherChannelOrActionInTheBody_Answer400()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var other = await Owner.Client.CreateChannelAsync(TeamId);
        var id = await CreatedIdAsync(Owner.Client, channel, Welcome(channel, "Hello"));

        using var create = await CreateAsync(Owner.Client, channel, Welcome(other, "Hello"));
        using var update = await PutAsync(Owner.Client, $"{Actions(channel)}/{id}", new { id = "x" + id[1..], channel_id = channel, enabled = false, action_type = "send_welcome_message", trigger_type = "new_member_joins" });
        using var elsewhere = await PutAsync(Owner.Client, $"{Actions(other)}/{id}", new { id, channel_id = other, enabled = false, action_type = "send_welcome_message", trigger_type = "new_member_joins" });

        Assert.That(await ReadPluginErrorAsync(create, HttpStatusCode.BadRequest), Does.Contain("channel ID in request body must match"));
        Assert.That(await ReadPluginErrorAsync(update, HttpStatusCode.BadRequest), Does.Contain("action ID in request body must match"));
        await ReadPluginErrorAsync(elsewhere, HttpStatusCode.NotFound);
        Assert.That((await GetAsync(Owner.Client, Actions(channel))).EnumerateArray().Single().GetProperty("enabled").GetBoolean(), Is.True);
    }

    [Test]
    public async Task APublicChannelsActions_AreReadByTheTeam_ButChangedOnlyByItsMembers()
    {
        using var member = await TeamMemberAsync();
        using var bystander = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        await Owner.Client.AddMemberAsync(channel, member.Id);
        var id = await CreatedIdAsync(member.Client, channel, Welcome(channel, "Hello"));

        var seen = await GetAsync(bystander.Client, Actions(channel));
        using var bystanderCreate = await CreateAsync(bystander.Client, channel, new { channel_id = channel, enabled = true, action_type = "categorize_channel", trigger_type = "new_member_joins", payload = new { category_name = "X" } });
        using var bystanderUpdate = await PutAsync(bystander.Client, $"{Actions(channel)}/{id}", new { id, channel_id = channel, enabled = false, action_type = "send_welcome_message", trigger_type = "new_member_joins" });
        using var outsiderRead = await outsider.Client.GetAsync(Actions(channel));
        using var adminUpdate = await PutAsync(Admin.Client, $"{Actions(channel)}/{id}", new { id, channel_id = channel, enabled = true, action_type = "send_welcome_message", trigger_type = "new_member_joins", payload = new { message = "By the admin" } });

        Assert.That(seen.GetArrayLength(), Is.EqualTo(1));
        await ReadPluginErrorAsync(bystanderCreate, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(bystanderUpdate, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(outsiderRead, HttpStatusCode.NotFound);
        Assert.That(adminUpdate.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var actions = await GetAsync(member.Client, Actions(channel));
        Assert.That(actions.GetArrayLength(), Is.EqualTo(1));
        Assert.That(actions[0].GetProperty("payload").GetProperty("message").GetString(), Is.EqualTo("By the admin"));
    }

    [Test]
    public async Task APrivateChannelsActions_AreHiddenFromNonMembers()
    {
        using var bystander = await TeamMemberAsync();
        var secret = await Owner.Client.CreateChannelAsync(TeamId, "P");
        await CreatedIdAsync(Owner.Client, secret, Welcome(secret, "Hello"));

        using var read = await bystander.Client.GetAsync(Actions(secret));
        using var create = await CreateAsync(bystander.Client, secret, new { channel_id = secret, enabled = true, action_type = "categorize_channel", trigger_type = "new_member_joins" });
        using var join = await bystander.Client.GetAsync($"{Actions(secret)}/check-and-send-message-on-join");

        await ReadPluginErrorAsync(read, HttpStatusCode.NotFound);
        await ReadPluginErrorAsync(create, HttpStatusCode.NotFound);
        await ReadPluginErrorAsync(join, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task PromptAction_ForAPlaybookOfAnotherTeam_Answers400()
    {
        using var otherTeamOwner = await Api.SignUpAndLoginAsync();
        var otherTeam = (await SuiteApi.CreateTeamAsync(otherTeamOwner.Client)).GetProperty("id").GetString()!;
        using var created = await otherTeamOwner.Client.PostAsync($"{Root}/playbooks", SuiteApi.Json(new { title = "Elsewhere", team_id = otherTeam, @public = true }));
        var foreign = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        await SuiteApi.AddToTeamAsync(otherTeamOwner.Client, otherTeam, Owner.Id);
        var channel = await Owner.Client.CreateChannelAsync(TeamId);

        using var response = await CreateAsync(Owner.Client, channel, new { channel_id = channel, enabled = true, action_type = "prompt_run_playbook", trigger_type = "keywords", payload = new { keywords = new[] { "x" }, playbook_id = foreign } });

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain("the playbook must belong to the channel's team"));
    }

    [Test]
    public async Task WelcomeMessage_ReachesAMemberWhoJoinsLater_OnceAndOnlyThem()
    {
        using var present = await TeamMemberAsync();
        using var newcomer = await TeamMemberAsync();
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        await Owner.Client.AddMemberAsync(channel, present.Id);
        await CreatedIdAsync(Owner.Client, channel, Welcome(channel, "Welcome to the incident room"));
        await Owner.Client.AddMemberAsync(channel, newcomer.Id);
        await using var newcomerEvents = await EventClient.ConnectAsync(Server.BaseAddress, newcomer.Token);
        await using var presentEvents = await EventClient.ConnectAsync(Server.BaseAddress, present.Token);

        var first = await GetAsync(newcomer.Client, $"{Actions(channel)}/check-and-send-message-on-join");
        var welcome = await newcomerEvents.NextAsync("ephemeral_message");
        var again = await GetAsync(newcomer.Client, $"{Actions(channel)}/check-and-send-message-on-join");
        var presentCheck = await GetAsync(present.Client, $"{Actions(channel)}/check-and-send-message-on-join");
        await Owner.Client.PostAsync(channel, "marker");

        Assert.That(first.GetProperty("viewed").GetBoolean(), Is.True);
        Assert.That(again.GetProperty("viewed").GetBoolean(), Is.True);
        Assert.That(presentCheck.GetProperty("viewed").GetBoolean(), Is.True);
        using (var post = JsonDocument.Parse(welcome.GetProperty("data").GetProperty("post").GetString()!))
        {
            Assert.That(post.RootElement.GetProperty("message").GetString(), Is.EqualTo("Welcome to the incident room"));
            Assert.That(post.RootElement.GetProperty("channel_id").GetString(), Is.EqualTo(channel));
        }

        static bool Marker(JsonElement data) => data.TryGetProperty("post", out var p) && p.GetString()!.Contains("\"marker\"", StringComparison.Ordinal);
        Assert.That((await newcomerEvents.EventsUntilAsync("posted", Marker)).Where(e => e.StartsWith("ephemeral_message", StringComparison.Ordinal)), Is.Empty, "sent once");
        Assert.That((await presentEvents.EventsUntilAsync("posted", Marker)).Where(e => e.StartsWith("ephemeral_message", StringComparison.Ordinal)), Is.Empty, "members before the message was switched on do not get it");
    }
}
