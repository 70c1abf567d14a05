using System.Net;
using Suite.Testing;

namespace Suite.Channels.Tests;

public sealed class ChannelTests : ChannelsFixture
{
    private static readonly string[] ChangeTypes = ["system_displayname_change", "system_purpose_change", "system_header_change"];

    [Test]
    public async Task CreateChannel_AsTeamMember_AnswersCreatedWithCreatorAsChannelAdmin()
    {
        using var user = await TeamMemberAsync();
        var name = SuiteApi.UniqueName("c");
        var channel = await user.Client.CreateChannelAsync(TeamId, name, "P", "Design Reviews");

        Assert.Multiple(() =>
        {
            Assert.That(channel.Str("name"), Is.EqualTo(name));
            Assert.That(channel.Str("display_name"), Is.EqualTo("Design Reviews"));
            Assert.That(channel.Str("type"), Is.EqualTo("P"));
            Assert.That(channel.Str("team_id"), Is.EqualTo(TeamId));
            Assert.That(channel.Str("creator_id"), Is.EqualTo(user.Id));
            Assert.That(channel.Long("total_msg_count"), Is.Zero);
            Assert.That(channel.Long("delete_at"), Is.Zero);
        });
        var member = await user.Client.MemberAsync(channel.Id());
        Assert.That(member.Str("roles"), Is.EqualTo("channel_user channel_admin"));
        Assert.That(member.GetProperty("scheme_admin").GetBoolean(), Is.True);
        Assert.That(member.GetProperty("notify_props").GetProperty("mark_unread").GetString(), Is.EqualTo("all"));
    }

    [Test]
    public async Task CreateChannel_WithATakenName_AnswersBadRequest()
    {
        var name = SuiteApi.UniqueName("c");
        await Owner.Client.CreateChannelAsync(TeamId, name);
        await Owner.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/channels", new { team_id = TeamId, name, display_name = "Again", type = "O" },
            HttpStatusCode.BadRequest, "store.sql_channel.save_channel.exists.app_error");
    }

    [TestCase("Upper", "Name", "O")]
    [TestCase("bad name", "Name", "O")]
    [TestCase("ok-name", "", "O")]
    [TestCase("ok-name", "Name", "D")]
    [TestCase("ok-name", "Name", "X")]
    [TestCase("abcdefghijklmnopqrstuvwxyz__abcdefghijklmnopqrstuvwxyz", "Name", "O")]
    public async Task CreateChannel_WithBadInput_AnswersBadRequestAndCreatesNothing(string name, string displayName, string type)
    {
        var suffix = SuiteApi.UniqueName("");
        var actualName = name == "ok-name" ? "ok-name" + suffix : name;
        await Owner.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/channels", new { team_id = TeamId, name = actualName, display_name = displayName, type },
            HttpStatusCode.BadRequest);
        var count = await Server.ScalarAsync<long>("SELECT count(*) FROM channels.channels WHERE name = @name", ("name", actualName));
        Assert.That(count, Is.Zero);
    }

    [Test]
    public async Task CreateChannel_WithAPurposeOver250Characters_AnswersBadRequest()
    {
        await Owner.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/channels",
            new { team_id = TeamId, name = SuiteApi.UniqueName("c"), display_name = "x", type = "O", purpose = new string('p', 251) }, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task CreateChannel_WithoutASession_AnswersUnauthorized()
    {
        using var anonymous = Api.Anonymous();
        await anonymous.SendErrorAsync(HttpMethod.Post, "/api/v4/channels", new { team_id = TeamId, name = SuiteApi.UniqueName("c"), display_name = "x", type = "O" },
            HttpStatusCode.Unauthorized, "api.context.session_expired.app_error");
    }

    [Test]
    public async Task CreateChannel_InATeamTheUserIsNotIn_AnswersForbidden()
    {
        using var outsider = await OutsiderAsync();
        await outsider.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/channels", new { team_id = TeamId, name = SuiteApi.UniqueName("c"), display_name = "x", type = "O" },
            HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task GetChannel_PublicChannel_IsReadableByTeamMembersAndForbiddenToOutsiders()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        using var member = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();

        Assert.That((await member.Client.ChannelAsync(channel.Id())).Id(), Is.EqualTo(channel.Id()));
        await outsider.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/channels/{channel.Id()}", null, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task GetChannel_PrivateChannel_DoesNotExistForNonMembers()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId, type: "P");
        using var member = await TeamMemberAsync();

        await member.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/channels/{channel.Id()}", null, HttpStatusCode.NotFound);
        await member.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/teams/{TeamId}/channels/name/{channel.Str("name")}", null, HttpStatusCode.NotFound);
        await member.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/channels/{channel.Id()}/posts", null, HttpStatusCode.NotFound);
        await member.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/channels/{channel.Id()}/members", null, HttpStatusCode.NotFound);
        Assert.That((await Admin.Client.ChannelAsync(channel.Id())).Id(), Is.EqualTo(channel.Id()), "system admins see every channel");
    }

    [Test]
    public async Task GetChannel_WithAMalformedId_AnswersBadRequest()
    {
        await Owner.Client.SendErrorAsync(HttpMethod.Get, "/api/v4/channels/not-an-id", null, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task GetChannelByName_ByTeamIdAndByTeamName_FindsTheChannel()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var team = await Owner.Client.GetJsonAsync($"/api/v4/teams/{TeamId}");

        var byId = await Owner.Client.GetJsonAsync($"/api/v4/teams/{TeamId}/channels/name/{channel.Str("name")}");
        var byName = await Owner.Client.GetJsonAsync($"/api/v4/teams/name/{team.Str("name")}/channels/name/{channel.Str("name")}");

        Assert.That(byId.Id(), Is.EqualTo(channel.Id()));
        Assert.That(byName.Id(), Is.EqualTo(channel.Id()));
    }

    [Test]
    public async Task PatchChannel_ChangesHeaderPurposeAndDisplayName_WithSystemMessages()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId, displayName: "Before");
        var patched = await Owner.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/channels/{channel.Id()}/patch",
            new { display_name = "After", purpose = "Why we exist", header = "Read the **docs**" });

        Assert.Multiple(() =>
        {
            Assert.That(patched.Str("display_name"), Is.EqualTo("After"));
            Assert.That(patched.Str("purpose"), Is.EqualTo("Why we exist"));
            Assert.That(patched.Str("header"), Is.EqualTo("Read the **docs**"));
            Assert.That(patched.Str("name"), Is.EqualTo(channel.Str("name")), "fields not sent stay");
        });
        var posts = await Owner.Client.PostsAsync(channel.Id());
        Assert.That(posts.Select(p => p.Type), Is.EquivalentTo(ChangeTypes));
        Assert.That(posts.Single(p => p.Type == "system_header_change").Message,
            Is.EqualTo($"@{Owner.User.Username} updated the channel header to: Read the **docs**"));
        Assert.That(posts.Single(p => p.Type == "system_displayname_change").Message,
            Is.EqualTo($"@{Owner.User.Username} updated the channel display name from: Before to: After"));
    }

    [Test]
    public async Task PatchChannel_ByANonMember_AnswersForbidden()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        using var other = await TeamMemberAsync();
        await other.Client.SendErrorAsync(HttpMethod.Put, $"/api/v4/channels/{channel.Id()}/patch", new { header = "mine" }, HttpStatusCode.Forbidden);
        Assert.That((await Owner.Client.ChannelAsync(channel.Id())).Str("header"), Is.Empty);
    }

    [Test]
    public async Task ArchiveChannel_ThenRestore_MovesItBetweenTheLists()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        await Owner.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{channel.Id()}", null);

        Assert.That((await Owner.Client.ChannelAsync(channel.Id())).Long("delete_at"), Is.GreaterThan(0));
        var open = await Owner.Client.GetJsonAsync($"/api/v4/teams/{TeamId}/channels?per_page=200");
        var archived = await Owner.Client.GetJsonAsync($"/api/v4/teams/{TeamId}/channels/deleted");
        Assert.That(open.EnumerateArray().Select(c => c.Id()), Does.Not.Contain(channel.Id()));
        Assert.That(archived.EnumerateArray().Select(c => c.Id()), Does.Contain(channel.Id()));
        await Owner.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/posts", new { channel_id = channel.Id(), message = "hello?" }, HttpStatusCode.Forbidden);

        var restored = await Owner.Client.SendJsonAsync(HttpMethod.Post, $"/api/v4/channels/{channel.Id()}/restore", null);
        Assert.That(restored.Long("delete_at"), Is.Zero);
        await Owner.Client.PostAsync(channel.Id(), "back again");
        var types = (await Owner.Client.PostsAsync(channel.Id())).Select(p => p.Type).ToList();
        Assert.That(types, Does.Contain("system_channel_deleted").And.Contain("system_channel_restored"));
    }

    [Test]
    public async Task ArchiveChannel_TownSquare_AnswersBadRequest()
    {
        var townSquare = await Owner.Client.GetJsonAsync($"/api/v4/teams/{TeamId}/channels/name/town-square");
        await Owner.Client.SendErrorAsync(HttpMethod.Delete, $"/api/v4/channels/{townSquare.Id()}", null, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ListTeamChannels_ShowsPublicChannelsOnly()
    {
        var open = await Owner.Client.CreateChannelAsync(TeamId);
        var closed = await Owner.Client.CreateChannelAsync(TeamId, type: "P");
        using var member = await TeamMemberAsync();
        var list = (await member.Client.GetJsonAsync($"/api/v4/teams/{TeamId}/channels?per_page=200")).EnumerateArray().Select(c => c.Str("name")).ToList();

        Assert.That(list, Does.Contain(open.Str("name")).And.Contain("town-square").And.Contain("off-topic"));
        Assert.That(list, Does.Not.Contain(closed.Str("name")));
    }

    [Test]
    public async Task ListMyChannels_IncludesPrivateDirectAndGroupChannels()
    {
        using var me = await TeamMemberAsync();
        using var other = await TeamMemberAsync();
        using var third = await TeamMemberAsync();
        var closed = await me.Client.CreateChannelAsync(TeamId, type: "P");
        var direct = await me.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/direct", new[] { me.Id, other.Id }, HttpStatusCode.Created);
        var group = await me.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/group", new[] { other.Id, third.Id }, HttpStatusCode.Created);

        var inTeam = (await me.Client.GetJsonAsync($"/api/v4/users/me/teams/{TeamId}/channels")).EnumerateArray().Select(c => c.Id()).ToList();
        var all = (await me.Client.GetJsonAsync("/api/v4/users/me/channels")).EnumerateArray().Select(c => c.Id()).ToList();
        var members = (await me.Client.GetJsonAsync($"/api/v4/users/me/teams/{TeamId}/channels/members")).EnumerateArray()
            .Select(m => m.Str("channel_id")).ToList();

        foreach (var id in new[] { closed.Id(), direct.Id(), group.Id() })
        {
            Assert.That(inTeam, Does.Contain(id));
            Assert.That(all, Does.Contain(id));
            Assert.That(members, Does.Contain(id));
        }

        await other.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/users/{me.Id}/channels", null, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task SearchChannels_FindsPublicChannelsByNameOrDisplayNameWord()
    {
        var marker = SuiteApi.UniqueName("z");
        var byName = await Owner.Client.CreateChannelAsync(TeamId, marker + "-alpha", displayName: "Alpha");
        var byWord = await Owner.Client.CreateChannelAsync(TeamId, displayName: "Team " + marker + " beta");
        var hidden = await Owner.Client.CreateChannelAsync(TeamId, marker + "-secret", "P");

        var found = (await Owner.Client.SendJsonAsync(HttpMethod.Post, $"/api/v4/teams/{TeamId}/channels/search", new { term = marker }))
            .EnumerateArray().Select(c => c.Id()).ToList();

        Assert.That(found, Is.EquivalentTo(new[] { byName.Id(), byWord.Id() }));
        Assert.That(found, Does.Not.Contain(hidden.Id()));
    }

    [Test]
    public async Task ChannelStats_CountsMembersAndPinnedPosts()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        using var member = await TeamMemberAsync();
        await Owner.Client.AddMemberAsync(channel.Id(), member.Id);
        var post = await Owner.Client.PostAsync(channel.Id(), "pin me");
        await Owner.Client.SendJsonAsync(HttpMethod.Post, $"/api/v4/posts/{post.Id()}/pin", null);

        var stats = await Owner.Client.GetJsonAsync($"/api/v4/channels/{channel.Id()}/stats?exclude_files_count=true");
        Assert.Multiple(() =>
        {
            Assert.That(stats.Str("channel_id"), Is.EqualTo(channel.Id()));
            Assert.That(stats.Long("member_count"), Is.EqualTo(2));
            Assert.That(stats.Long("pinnedpost_count"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task JoiningATeam_JoinsTownSquareAndOffTopic()
    {
        using var user = await TeamMemberAsync();
        var names = (await user.Client.GetJsonAsync($"/api/v4/users/me/teams/{TeamId}/channels")).EnumerateArray().Select(c => c.Str("name")).ToList();
        Assert.That(names, Does.Contain("town-square").And.Contain("off-topic"));

        var townSquare = await user.Client.GetJsonAsync($"/api/v4/teams/{TeamId}/channels/name/town-square");
        var posts = await user.Client.PostsAsync(townSquare.Id());
        Assert.That(posts, Does.Contain(("system_join_channel", $"@{user.User.Username} joined the channel.")));
    }
}
