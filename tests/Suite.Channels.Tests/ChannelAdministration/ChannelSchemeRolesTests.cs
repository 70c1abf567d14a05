using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Channels.Tests.ChannelAdministration;

/// <summary>A member's channel roles said as scheme flags (<c>PUT .../members/{user_id}/schemeRoles</c>), as Mattermost's apps set them.</summary>
public sealed class ChannelSchemeRolesTests : ChannelsFixture
{
    private static string SchemeRolesPath(JsonElement channel, string userId) => $"/api/v4/channels/{channel.Id()}/members/{userId}/schemeRoles";

    [Test]
    public async Task MakingAMemberSchemeAdmin_ShowsInRolesAndSchemeAdminAndTellsThem()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        using var member = await TeamMemberAsync();
        await Owner.Client.AddMemberAsync(channel.Id(), member.Id);
        await using var memberEvents = await EventClient.ConnectAsync(Server.BaseAddress, member.Token);

        var answer = await Owner.Client.SendJsonAsync(HttpMethod.Put, SchemeRolesPath(channel, member.Id), new { scheme_user = true, scheme_admin = true });

        Assert.That(answer.Str("status"), Is.EqualTo("OK"));
        var promoted = await member.Client.MemberAsync(channel.Id());
        Assert.Multiple(() =>
        {
            Assert.That(promoted.Str("roles"), Is.EqualTo("channel_user channel_admin"));
            Assert.That(promoted.GetProperty("scheme_admin").GetBoolean(), Is.True);
            Assert.That(promoted.GetProperty("scheme_user").GetBoolean(), Is.True);
        });
        var updated = await memberEvents.NextAsync("channel_member_updated");
        Assert.That(JsonDocument.Parse(updated.GetProperty("data").Str("channelMember")).RootElement.GetProperty("scheme_admin").GetBoolean(), Is.True);

        await Owner.Client.SendJsonAsync(HttpMethod.Put, SchemeRolesPath(channel, member.Id), new { scheme_user = true, scheme_admin = false });
        var demoted = await member.Client.MemberAsync(channel.Id());
        Assert.That(demoted.Str("roles"), Is.EqualTo("channel_user"));
        Assert.That(demoted.GetProperty("scheme_admin").GetBoolean(), Is.False);
    }

    [Test]
    public async Task ChangingSchemeRolesAsAPlainMember_AnswersForbiddenAndChangesNothing()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        using var member = await TeamMemberAsync();
        await Owner.Client.AddMemberAsync(channel.Id(), member.Id);

        await member.Client.SendErrorAsync(HttpMethod.Put, SchemeRolesPath(channel, member.Id), new { scheme_user = true, scheme_admin = true }, HttpStatusCode.Forbidden);

        Assert.That((await member.Client.MemberAsync(channel.Id())).GetProperty("scheme_admin").GetBoolean(), Is.False);
    }

    [Test]
    public async Task GuestOrNoUserRoleOrABrokenBody_AnswersBadRequestAndChangesNothing()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        using var member = await TeamMemberAsync();
        await Owner.Client.AddMemberAsync(channel.Id(), member.Id);

        await Owner.Client.SendErrorAsync(HttpMethod.Put, SchemeRolesPath(channel, member.Id), new { scheme_guest = true, scheme_admin = true }, HttpStatusCode.BadRequest);
        await Owner.Client.SendErrorAsync(HttpMethod.Put, SchemeRolesPath(channel, member.Id), new { scheme_user = false, scheme_admin = true }, HttpStatusCode.BadRequest);
        await Owner.Client.SendErrorAsync(HttpMethod.Put, SchemeRolesPath(channel, member.Id), new { scheme_admin = "yes" }, HttpStatusCode.BadRequest);

        Assert.That((await member.Client.MemberAsync(channel.Id())).Str("roles"), Is.EqualTo("channel_user"));
    }
}
