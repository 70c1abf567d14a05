using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Channels.Tests.Integrations;

/// <summary>The built-in slash commands Mattermost ships, each as Mattermost's behaves, run through <c>POST /api/v4/commands/execute</c>.</summary>
public sealed class BuiltInCommandTests : IntegrationsFixture
{
    private async Task<JsonElement> ExecuteAsync(HttpClient client, string command, string? channelId = null, HttpStatusCode expected = HttpStatusCode.OK) =>
        await client.SendJsonAsync(HttpMethod.Post, "/api/v4/commands/execute", new { command, channel_id = channelId ?? ChannelId, team_id = TeamId }, expected);

    private static async Task<string> DirectChannelAsync(HttpClient client, string userId, string otherId) =>
        (await client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/direct", new[] { userId, otherId }, HttpStatusCode.Created)).Id();

    private async Task<bool> IsMemberAsync(string channelId, string userId)
    {
        using var response = await Owner.Client.GetAsync($"/api/v4/channels/{channelId}/members/{userId}");
        return response.StatusCode == HttpStatusCode.OK;
    }

    [Test]
    public async Task Msg_OpensTheDirectChannel_PostsTheMessageThere_AndGoesToIt()
    {
        using var friend = await TeamMemberAsync();
        var text = "hello " + Guid.NewGuid().ToString("N")[..8];

        var response = await ExecuteAsync(Owner.Client, $"/msg @{friend.User.Username} {text}");

        var teamName = (await Owner.Client.GetJsonAsync($"/api/v4/teams/{TeamId}")).Str("name");
        Assert.That(response.Str("goto_location"), Is.EqualTo($"/{teamName}/messages/@{friend.User.Username}"));
        var direct = await DirectChannelAsync(friend.Client, friend.Id, Owner.Id);
        var posts = await friend.Client.PostsAsync(direct);
        Assert.That(posts.Select(p => p.Message), Does.Contain(text));
        Assert.That((await PostsAsync(ChannelId)).Select(p => p.Str("message")), Does.Not.Contain(text), "nothing is posted where the command was typed");
    }

    [Test]
    public async Task Msg_WithoutAMessage_OnlyOpensTheChannel()
    {
        using var friend = await TeamMemberAsync();

        var response = await ExecuteAsync(Owner.Client, $"/msg {friend.User.Username}");

        Assert.That(response.Str("goto_location"), Does.EndWith($"/messages/@{friend.User.Username}"));
        var direct = await DirectChannelAsync(Owner.Client, Owner.Id, friend.Id);
        Assert.That((await Owner.Client.PostsAsync(direct)).Where(p => !p.Type.StartsWith("system_", StringComparison.Ordinal)), Is.Empty);
    }

    [TestCase("/msg")]
    [TestCase("/msg @nosuchuser0000 hi")]
    public async Task Msg_ToNobodyOrAnUnknownUser_TellsTheInvokerAndPostsNothing(string command)
    {
        var before = await Server.ScalarAsync<long>("SELECT count(*) FROM channels.channels WHERE type = 'D'");

        var response = await ExecuteAsync(Owner.Client, command);

        Assert.That(response.Str("response_type"), Is.EqualTo("ephemeral"));
        Assert.That(response.Str("text"), Is.Not.Empty);
        Assert.That(response.Str("goto_location"), Is.Empty);
        Assert.That(await Server.ScalarAsync<long>("SELECT count(*) FROM channels.channels WHERE type = 'D'"), Is.EqualTo(before));
    }

    [Test]
    public async Task Invite_AddsTheUserToTheCurrentChannel()
    {
        using var member = await TeamMemberAsync();
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();

        var response = await ExecuteAsync(Owner.Client, $"/invite @{member.User.Username}", channel);

        Assert.That(response.Str("text"), Does.Contain($"@{member.User.Username} added"));
        Assert.That(await IsMemberAsync(channel, member.Id), Is.True);
    }

    [Test]
    public async Task Invite_WithAChannel_AddsTheUserThere_NotToTheCurrentChannel()
    {
        using var member = await TeamMemberAsync();
        var current = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        var target = await Owner.Client.CreateChannelAsync(TeamId);

        await ExecuteAsync(Owner.Client, $"/invite @{member.User.Username} ~{target.Str("name")}", current);

        Assert.That(await IsMemberAsync(target.Id(), member.Id), Is.True);
        Assert.That(await IsMemberAsync(current, member.Id), Is.False);
    }

    [Test]
    public async Task Invite_SomeoneAlreadyThere_OrUnknown_OrToAnUnknownChannel_SaysSoAndChangesNothing()
    {
        using var member = await TeamMemberAsync();
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();

        var already = await ExecuteAsync(Owner.Client, $"/invite @{Owner.User.Username}", channel);
        var unknown = await ExecuteAsync(Owner.Client, "/invite @nosuchuser0000", channel);
        var nowhere = await ExecuteAsync(Owner.Client, $"/invite @{member.User.Username} ~nosuchchannel", channel);
        var nobody = await ExecuteAsync(Owner.Client, "/invite", channel);

        Assert.Multiple(() =>
        {
            Assert.That(already.Str("text"), Does.Contain("already in the channel"));
            Assert.That(unknown.Str("text"), Does.Contain("couldn't find the user"));
            Assert.That(nowhere.Str("text"), Does.Contain("couldn't find the channel"));
            Assert.That(nobody.Str("text"), Does.Contain("/invite @username"));
        });
        Assert.That(await IsMemberAsync(channel, member.Id), Is.False);
    }

    [Test]
    public async Task Invite_ToAPrivateChannelTheInvokerIsNotIn_IsRefused()
    {
        using var member = await TeamMemberAsync();
        using var outsider = await TeamMemberAsync();
        var secret = await Owner.Client.CreateChannelAsync(TeamId, type: "P");
        var current = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        await Owner.Client.AddMemberAsync(current, member.Id);

        var response = await ExecuteAsync(member.Client, $"/invite @{outsider.User.Username} ~{secret.Str("name")}", current);

        Assert.That(response.Str("text"), Does.Contain("couldn't find the channel"));
        Assert.That(await IsMemberAsync(secret.Id(), outsider.Id), Is.False);
    }

    [Test]
    public async Task Kick_RemovesTheMemberFromTheCurrentChannel()
    {
        using var member = await TeamMemberAsync();
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        await Owner.Client.AddMemberAsync(channel, member.Id);

        await ExecuteAsync(Owner.Client, $"/kick @{member.User.Username}", channel);

        Assert.That(await IsMemberAsync(channel, member.Id), Is.False);
    }

    [Test]
    public async Task Kick_SomeoneNotInTheChannel_OrUnknown_SaysSo()
    {
        using var member = await TeamMemberAsync();
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();

        var notThere = await ExecuteAsync(Owner.Client, $"/kick @{member.User.Username}", channel);
        var unknown = await ExecuteAsync(Owner.Client, "/kick @nosuchuser0000", channel);

        Assert.That(notThere.Str("text"), Does.Contain("is not a member of this channel"));
        Assert.That(unknown.Str("text"), Does.Contain("couldn't find the user"));
    }

    [Test]
    public async Task Kick_ByAPlainMemberOfAPrivateChannel_IsForbidden_AndRemovesNobody()
    {
        using var member = await TeamMemberAsync();
        using var victim = await TeamMemberAsync();
        var channel = (await Owner.Client.CreateChannelAsync(TeamId, type: "P")).Id();
        await Owner.Client.AddMemberAsync(channel, member.Id);
        await Owner.Client.AddMemberAsync(channel, victim.Id);

        await member.Client.SendErrorAsync(
            HttpMethod.Post, "/api/v4/commands/execute", new { command = $"/kick @{victim.User.Username}", channel_id = channel, team_id = TeamId }, HttpStatusCode.Forbidden);

        Assert.That(await IsMemberAsync(channel, victim.Id), Is.True);
    }

    [Test]
    public async Task Kick_InADirectChannel_IsRefused()
    {
        using var friend = await TeamMemberAsync();
        var direct = await DirectChannelAsync(Owner.Client, Owner.Id, friend.Id);

        var response = await ExecuteAsync(Owner.Client, $"/kick @{friend.User.Username}", direct);

        Assert.That(response.Str("text"), Does.Contain("direct or group"));
        Assert.That(await IsMemberAsync(direct, friend.Id), Is.True);
    }

    [Test]
    public async Task Remove_IsAnAliasOfKick()
    {
        using var member = await TeamMemberAsync();
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        await Owner.Client.AddMemberAsync(channel, member.Id);

        await ExecuteAsync(Owner.Client, $"/remove @{member.User.Username}", channel);

        Assert.That(await IsMemberAsync(channel, member.Id), Is.False);
        var nobody = await ExecuteAsync(Owner.Client, "/remove", channel);
        Assert.That(nobody.Str("text"), Does.Contain("/remove @username"));
    }

    private static async Task<string> MarkUnreadAsync(HttpClient client, string channelId) =>
        (await client.MemberAsync(channelId)).GetProperty("notify_props").Str("mark_unread");

    [Test]
    public async Task Mute_WithAChannel_TogglesThatChannel_NotTheCurrentOne()
    {
        var current = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        var named = await Owner.Client.CreateChannelAsync(TeamId);

        var muted = await ExecuteAsync(Owner.Client, $"/mute ~{named.Str("name")}", current);

        Assert.That(await MarkUnreadAsync(Owner.Client, named.Id()), Is.EqualTo("mention"));
        Assert.That(await MarkUnreadAsync(Owner.Client, current), Is.EqualTo("all"));
        Assert.That(muted.Str("text"), Does.Contain("You will not receive notifications for " + named.Str("display_name")));

        var unmuted = await ExecuteAsync(Owner.Client, $"/mute {named.Str("name")}", current);

        Assert.That(await MarkUnreadAsync(Owner.Client, named.Id()), Is.EqualTo("all"));
        Assert.That(unmuted.Str("text"), Does.Contain("is now unmuted"));
    }

    [Test]
    public async Task Mute_AChannelTheUserIsNotIn_OrUnknown_SaysSoAndChangesNothing()
    {
        using var member = await TeamMemberAsync();
        var current = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        await Owner.Client.AddMemberAsync(current, member.Id);
        var open = await Owner.Client.CreateChannelAsync(TeamId);
        var secret = await Owner.Client.CreateChannelAsync(TeamId, type: "P");

        var notMember = await ExecuteAsync(member.Client, $"/mute ~{open.Str("name")}", current);
        var hidden = await ExecuteAsync(member.Client, $"/mute ~{secret.Str("name")}", current);
        var unknown = await ExecuteAsync(member.Client, "/mute ~nosuchchannel0000", current);

        Assert.Multiple(() =>
        {
            Assert.That(notMember.Str("text"), Does.Contain("as you are not a member"));
            Assert.That(hidden.Str("text"), Does.Contain("Could not find the channel"), "a private channel is not revealed to non-members");
            Assert.That(unknown.Str("text"), Does.Contain("Could not find the channel"));
        });
        Assert.That(await MarkUnreadAsync(member.Client, current), Is.EqualTo("all"));
        Assert.That(await MarkUnreadAsync(Owner.Client, open.Id()), Is.EqualTo("all"));
        Assert.That(await MarkUnreadAsync(Owner.Client, secret.Id()), Is.EqualTo("all"));
    }

    [Test]
    public async Task PurposeAndRename_ChangeTheChannel_AndNeedText()
    {
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();

        await ExecuteAsync(Owner.Client, "/purpose Where deploys are discussed", channel);
        await ExecuteAsync(Owner.Client, "/rename Deploys", channel);
        var empty = await ExecuteAsync(Owner.Client, "/rename", channel);

        var stored = await Owner.Client.ChannelAsync(channel);
        Assert.That(stored.Str("purpose"), Is.EqualTo("Where deploys are discussed"));
        Assert.That(stored.Str("display_name"), Is.EqualTo("Deploys"));
        Assert.That(empty.Str("text"), Does.Contain("/rename"));
    }

    [Test]
    public async Task Header_ByATeamMemberNotInTheChannel_IsForbidden_AndChangesNothing()
    {
        using var member = await TeamMemberAsync();
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();

        await member.Client.SendErrorAsync(
            HttpMethod.Post, "/api/v4/commands/execute", new { command = "/header mine", channel_id = channel, team_id = TeamId }, HttpStatusCode.Forbidden);

        Assert.That((await Owner.Client.ChannelAsync(channel)).Str("header"), Is.Empty);
    }

    [Test]
    public async Task ShrugAndCode_PostTheirText()
    {
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();

        await ExecuteAsync(Owner.Client, "/shrug oh well", channel);
        await ExecuteAsync(Owner.Client, "/code var x = 1;", channel);

        var messages = (await Owner.Client.PostsAsync(channel)).Select(p => p.Message).ToList();
        Assert.That(messages, Does.Contain("oh well ¯\\\\\\_(ツ)\\_/¯"));
        Assert.That(messages, Does.Contain("    var x = 1;"));
    }

    [Test]
    public async Task EchoAndCode_WithoutText_TellTheInvokerAndPostNothing()
    {
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();

        var echo = await ExecuteAsync(Owner.Client, "/echo", channel);
        var code = await ExecuteAsync(Owner.Client, "/code", channel);

        Assert.That(echo.Str("response_type"), Is.EqualTo("ephemeral"));
        Assert.That(code.Str("text"), Does.Contain("/code"));
        Assert.That((await Owner.Client.PostsAsync(channel)).Where(p => !p.Type.StartsWith("system_", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task Help_ListsTheBuiltInCommands_ToTheInvokerOnly()
    {
        var response = await ExecuteAsync(Owner.Client, "/help");

        Assert.That(response.Str("response_type"), Is.EqualTo("ephemeral"));
        foreach (var trigger in new[] { "join", "leave", "me", "msg", "invite", "kick", "header", "purpose", "rename", "mute", "echo", "shrug", "code", "help" })
        {
            Assert.That(response.Str("text"), Does.Contain($"`/{trigger}"), trigger);
        }
    }

    [Test]
    public async Task Help_WithAHelpLink_GoesThere()
    {
        await using var server = await SuiteTestServer.StartAsync(settings: new Dictionary<string, string?> { ["Suite:Integrations:HelpLink"] = "https://help.example.com/suite" });
        var api = new SuiteApi(server);
        using var user = await api.SignUpAndLoginAsync();
        var team = (await SuiteApi.CreateTeamAsync(user.Client)).Id();
        var channel = (await user.Client.CreateChannelAsync(team)).Id();

        var response = await user.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/commands/execute", new { command = "/help", channel_id = channel, team_id = team });

        Assert.That(response.Str("goto_location"), Is.EqualTo("https://help.example.com/suite"));
    }
}
