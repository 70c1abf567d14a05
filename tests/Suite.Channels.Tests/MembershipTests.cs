using System.Net;

namespace Suite.Channels.Tests;

public sealed class MembershipTests : ChannelsFixture
{
    [Test]
    public async Task JoiningAPublicChannel_PostsAJoinMessage()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        using var user = await TeamMemberAsync();
        await user.Client.AddMemberAsync(channel.Id(), user.Id);

        var posts = await Owner.Client.PostsAsync(channel.Id());
        Assert.That(posts, Does.Contain(("system_join_channel", $"@{user.User.Username} joined the channel.")));
        Assert.That((await Owner.Client.ChannelAsync(channel.Id())).Long("total_msg_count"), Is.Zero, "join messages do not make the channel unread");
    }

    [Test]
    public async Task AddingSomeone_PostsAnAddMessageAndMentionsThem()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId, type: "P");
        using var user = await TeamMemberAsync();
        await Owner.Client.AddMemberAsync(channel.Id(), user.Id);

        var list = await Owner.Client.GetJsonAsync($"/api/v4/channels/{channel.Id()}/posts");
        var added = Post(list, Order(list)[0]);
        Assert.Multiple(() =>
        {
            Assert.That(added.Str("type"), Is.EqualTo("system_add_to_channel"));
            Assert.That(added.Str("message"), Is.EqualTo($"@{user.User.Username} added to the channel by @{Owner.User.Username}."));
            Assert.That(added.GetProperty("props").GetProperty("addedUserId").GetString(), Is.EqualTo(user.Id));
        });
        var member = await user.Client.MemberAsync(channel.Id());
        Assert.That(member.Long("mention_count"), Is.EqualTo(1));
    }

    [Test]
    public async Task AddingSeveralUsers_AnswersEveryMembership()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        using var a = await TeamMemberAsync();
        using var b = await TeamMemberAsync();
        var members = await Owner.Client.SendJsonAsync(HttpMethod.Post, $"/api/v4/channels/{channel.Id()}/members",
            new { user_ids = new[] { a.Id, b.Id }, channel_id = channel.Id() }, HttpStatusCode.Created);
        Assert.That(members.EnumerateArray().Select(m => m.Str("user_id")), Is.EquivalentTo(new[] { a.Id, b.Id }));

        var byIds = await Owner.Client.SendJsonAsync(HttpMethod.Post, $"/api/v4/channels/{channel.Id()}/members/ids", new[] { a.Id, Owner.Id });
        Assert.That(byIds.EnumerateArray().Select(m => m.Str("user_id")), Is.EquivalentTo(new[] { a.Id, Owner.Id }));
        var all = await Owner.Client.GetJsonAsync($"/api/v4/channels/{channel.Id()}/members?page=0&per_page=2");
        Assert.That(all.GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public async Task AddingSomeoneOutsideTheTeam_AnswersForbiddenAndAddsNobody()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        using var outsider = await OutsiderAsync();
        await Owner.Client.SendErrorAsync(HttpMethod.Post, $"/api/v4/channels/{channel.Id()}/members", new { user_id = outsider.Id }, HttpStatusCode.Forbidden);
        await Owner.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/channels/{channel.Id()}/members/{outsider.Id}", null, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task AddingToAPrivateChannel_ByANonMember_AnswersNotFound()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId, type: "P");
        using var user = await TeamMemberAsync();
        await user.Client.SendErrorAsync(HttpMethod.Post, $"/api/v4/channels/{channel.Id()}/members", new { user_id = user.Id }, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task AddingOthersToAPublicChannel_ByANonMember_AnswersForbidden()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        using var user = await TeamMemberAsync();
        using var other = await TeamMemberAsync();
        await user.Client.SendErrorAsync(HttpMethod.Post, $"/api/v4/channels/{channel.Id()}/members", new { user_id = other.Id }, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Leaving_PostsALeaveMessage()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        using var user = await TeamMemberAsync();
        await user.Client.AddMemberAsync(channel.Id(), user.Id);
        await user.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{channel.Id()}/members/me", null);

        Assert.That(await Owner.Client.PostsAsync(channel.Id()), Does.Contain(("system_leave_channel", $"@{user.User.Username} left the channel.")));
        await Owner.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/channels/{channel.Id()}/members/{user.Id}", null, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task LeavingTownSquare_AnswersBadRequest()
    {
        using var user = await TeamMemberAsync();
        var townSquare = await user.Client.GetJsonAsync($"/api/v4/teams/{TeamId}/channels/name/town-square");
        await user.Client.SendErrorAsync(HttpMethod.Delete, $"/api/v4/channels/{townSquare.Id()}/members/me", null, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task RemovingSomeoneElse_NeedsAChannelTeamOrSystemAdmin()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        using var creator = await TeamMemberAsync();
        var own = await creator.Client.CreateChannelAsync(TeamId);
        using var a = await TeamMemberAsync();
        using var b = await TeamMemberAsync();
        await creator.Client.AddMemberAsync(own.Id(), a.Id);
        await creator.Client.AddMemberAsync(own.Id(), b.Id);

        await a.Client.SendErrorAsync(HttpMethod.Delete, $"/api/v4/channels/{own.Id()}/members/{b.Id}", null, HttpStatusCode.Forbidden);
        await creator.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{own.Id()}/members/{b.Id}", null);
        await Owner.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{own.Id()}/members/{a.Id}", null);

        var posts = await creator.Client.PostsAsync(own.Id());
        Assert.That(posts, Does.Contain(("system_remove_from_channel", $"@{b.User.Username} removed from the channel.")));
        Assert.That(channel.Id(), Is.Not.Empty);
    }

    [Test]
    public async Task PromotingToChannelAdmin_NeedsAnAdmin()
    {
        using var creator = await TeamMemberAsync();
        var channel = await creator.Client.CreateChannelAsync(TeamId);
        using var a = await TeamMemberAsync();
        using var b = await TeamMemberAsync();
        await creator.Client.AddMemberAsync(channel.Id(), a.Id);
        await creator.Client.AddMemberAsync(channel.Id(), b.Id);

        await a.Client.SendErrorAsync(HttpMethod.Put, $"/api/v4/channels/{channel.Id()}/members/{b.Id}/roles", new { roles = "channel_user channel_admin" }, HttpStatusCode.Forbidden);
        await creator.Client.SendErrorAsync(HttpMethod.Put, $"/api/v4/channels/{channel.Id()}/members/{a.Id}/roles", new { roles = "channel_root" }, HttpStatusCode.BadRequest);
        await creator.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/channels/{channel.Id()}/members/{a.Id}/roles", new { roles = "channel_user channel_admin" });

        Assert.That((await a.Client.MemberAsync(channel.Id())).Str("roles"), Is.EqualTo("channel_user channel_admin"));
        await a.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{channel.Id()}/members/{b.Id}", null);
    }

    [Test]
    public async Task NotifyProps_AreMergedAndValidated()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        await Owner.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/channels/{channel.Id()}/members/me/notify_props", new Dictionary<string, string> { ["mark_unread"] = "mention" });
        await Owner.Client.SendErrorAsync(HttpMethod.Put, $"/api/v4/channels/{channel.Id()}/members/me/notify_props",
            new Dictionary<string, string> { ["mark_unread"] = "sometimes" }, HttpStatusCode.BadRequest);

        var props = (await Owner.Client.MemberAsync(channel.Id())).GetProperty("notify_props");
        Assert.That(props.GetProperty("mark_unread").GetString(), Is.EqualTo("mention"));
        Assert.That(props.GetProperty("desktop").GetString(), Is.EqualTo("default"));

        using var other = await TeamMemberAsync();
        await other.Client.AddMemberAsync(channel.Id(), other.Id);
        await other.Client.SendErrorAsync(HttpMethod.Put, $"/api/v4/channels/{channel.Id()}/members/{Owner.Id}/notify_props",
            new Dictionary<string, string> { ["mark_unread"] = "all" }, HttpStatusCode.Forbidden);
    }
}
