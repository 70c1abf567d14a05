using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Channels.Tests.ChannelAdministration;

/// <summary>Converting a public channel to private and back (<c>PUT /channels/{id}/privacy</c>).</summary>
public sealed class ChannelPrivacyTests : ChannelsFixture
{
    [Test]
    public async Task ConvertingToPrivate_HidesTheChannelFromNonMembersPostsAMessageAndTellsTheTeam()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        using var colleague = await TeamMemberAsync();
        await using var colleagueEvents = await EventClient.ConnectAsync(Server.BaseAddress, colleague.Token);

        var converted = await Owner.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/channels/{channel.Id()}/privacy", new { privacy = "P" });

        Assert.That(converted.Str("type"), Is.EqualTo("P"));
        Assert.That((await Owner.Client.ChannelAsync(channel.Id())).Str("type"), Is.EqualTo("P"));
        var posts = await Owner.Client.PostsAsync(channel.Id());
        Assert.That(posts[0], Is.EqualTo(("system_change_chan_privacy", "This channel has been converted to a Private Channel.")));
        var @event = await colleagueEvents.NextAsync("channel_converted", d => d.Str("channel_id") == channel.Id());
        Assert.That(@event.GetProperty("broadcast").Str("team_id"), Is.EqualTo(TeamId));
        await colleague.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/channels/{channel.Id()}", null, HttpStatusCode.NotFound);

        var reopened = await Owner.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/channels/{channel.Id()}/privacy", new { privacy = "O" });
        Assert.That(reopened.Str("type"), Is.EqualTo("O"));
        Assert.That((await colleague.Client.ChannelAsync(channel.Id())).Str("type"), Is.EqualTo("O"));
        Assert.That((await Owner.Client.PostsAsync(channel.Id()))[0].Message, Does.StartWith("This channel has been converted to a Public Channel"));
    }

    [Test]
    public async Task ConvertingByAMemberWhoIsNoAdmin_AnswersForbiddenAndChangesNothing()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        using var member = await TeamMemberAsync();
        await member.Client.AddMemberAsync(channel.Id(), member.Id);

        await member.Client.SendErrorAsync(HttpMethod.Put, $"/api/v4/channels/{channel.Id()}/privacy", new { privacy = "P" }, HttpStatusCode.Forbidden);

        Assert.That((await Owner.Client.ChannelAsync(channel.Id())).Str("type"), Is.EqualTo("O"));
        var teamAdmin = await Admin.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/channels/{channel.Id()}/privacy", new { privacy = "P" });
        Assert.That(teamAdmin.Str("type"), Is.EqualTo("P"), "system admins may convert any channel");
    }

    [Test]
    public async Task BadPrivacyTownSquareAndDirectChannels_AnswerBadRequestAndChangeNothing()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        await Owner.Client.SendErrorAsync(HttpMethod.Put, $"/api/v4/channels/{channel.Id()}/privacy", new { privacy = "D" }, HttpStatusCode.BadRequest);
        await Owner.Client.SendErrorAsync(HttpMethod.Put, $"/api/v4/channels/{channel.Id()}/privacy", new { }, HttpStatusCode.BadRequest);
        await Owner.Client.SendErrorAsync(HttpMethod.Put, "/api/v4/channels/not-an-id/privacy", new { privacy = "P" }, HttpStatusCode.BadRequest);
        Assert.That((await Owner.Client.ChannelAsync(channel.Id())).Str("type"), Is.EqualTo("O"));

        var townSquare = await Owner.Client.GetJsonAsync($"/api/v4/teams/{TeamId}/channels/name/town-square");
        await Owner.Client.SendErrorAsync(HttpMethod.Put, $"/api/v4/channels/{townSquare.Id()}/privacy", new { privacy = "P" }, HttpStatusCode.BadRequest,
            "api.channel.update_channel_privacy.default_channel_error");
        Assert.That((await Owner.Client.ChannelAsync(townSquare.Id())).Str("type"), Is.EqualTo("O"));

        using var other = await TeamMemberAsync();
        var direct = await Owner.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/direct", new[] { Owner.Id, other.Id }, HttpStatusCode.Created);
        await Owner.Client.SendErrorAsync(HttpMethod.Put, $"/api/v4/channels/{direct.Id()}/privacy", new { privacy = "P" }, HttpStatusCode.BadRequest);
    }
}
