using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Platform.Tests.Teams;

/// <summary>Making team members admins and back (<c>PUT /teams/{id}/members/{user_id}/roles</c> and <c>/schemeRoles</c>).</summary>
public sealed class TeamMemberRolesTests : TeamFixture
{
    private string MemberPath(string userId) => $"/api/v4/teams/{TeamId}/members/{userId}";

    [Test]
    public async Task PromotingAMember_MakesThemATeamAdminAndTellsThem()
    {
        using var member = await TeamMemberAsync();
        await using var memberEvents = await EventClient.ConnectAsync(Server.BaseAddress, member.Token);

        await Owner.Client.SendAsync(HttpMethod.Put, MemberPath(member.Id) + "/roles", new { roles = "team_user team_admin" }, HttpStatusCode.OK);

        var promoted = await member.Client.SendAsync(HttpMethod.Get, MemberPath(member.Id), null, HttpStatusCode.OK);
        Assert.That(promoted.GetProperty("roles").GetString(), Is.EqualTo("team_user team_admin"));
        Assert.That(promoted.GetProperty("scheme_admin").GetBoolean(), Is.True);
        var updated = await memberEvents.NextAsync("memberrole_updated");
        Assert.That(JsonDocument.Parse(updated.GetProperty("data").GetProperty("member").GetString()!).RootElement.GetProperty("scheme_admin").GetBoolean(), Is.True);
        await member.Client.SendAsync(HttpMethod.Post, $"/api/v4/teams/{TeamId}/regenerate_invite_id", null, HttpStatusCode.OK);

        await Owner.Client.SendAsync(HttpMethod.Put, MemberPath(member.Id) + "/schemeRoles", new { scheme_user = true, scheme_admin = false }, HttpStatusCode.OK);
        var demoted = await member.Client.SendAsync(HttpMethod.Get, MemberPath(member.Id), null, HttpStatusCode.OK);
        Assert.That(demoted.GetProperty("roles").GetString(), Is.EqualTo("team_user"));
        await member.Client.SendAsync(HttpMethod.Post, $"/api/v4/teams/{TeamId}/regenerate_invite_id", null, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ChangingRolesAsAPlainMember_AnswersForbiddenAndChangesNothing()
    {
        using var member = await TeamMemberAsync();

        await member.Client.SendAsync(HttpMethod.Put, MemberPath(member.Id) + "/roles", new { roles = "team_user team_admin" }, HttpStatusCode.Forbidden);
        await member.Client.SendAsync(HttpMethod.Put, MemberPath(member.Id) + "/schemeRoles", new { scheme_user = true, scheme_admin = true }, HttpStatusCode.Forbidden);

        var unchanged = await member.Client.SendAsync(HttpMethod.Get, MemberPath(member.Id), null, HttpStatusCode.OK);
        Assert.That(unchanged.GetProperty("scheme_admin").GetBoolean(), Is.False);
    }

    [Test]
    public async Task UnknownRolesGuestsAndNonMembers_AnswerBadRequestOrNotFound()
    {
        using var member = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();

        await Owner.Client.SendAsync(HttpMethod.Put, MemberPath(member.Id) + "/roles", new { roles = "team_user team_root" }, HttpStatusCode.BadRequest);
        await Owner.Client.SendAsync(HttpMethod.Put, MemberPath(member.Id) + "/roles", new { roles = "team_admin" }, HttpStatusCode.BadRequest);
        await Owner.Client.SendAsync(HttpMethod.Put, MemberPath(member.Id) + "/schemeRoles", new { scheme_guest = true }, HttpStatusCode.BadRequest);
        await Owner.Client.SendAsync(HttpMethod.Put, MemberPath("not-a-user") + "/roles", new { roles = "team_user" }, HttpStatusCode.BadRequest);
        await Owner.Client.SendAsync(HttpMethod.Put, MemberPath(outsider.Id) + "/roles", new { roles = "team_user team_admin" }, HttpStatusCode.NotFound);

        var unchanged = await member.Client.SendAsync(HttpMethod.Get, MemberPath(member.Id), null, HttpStatusCode.OK);
        Assert.That(unchanged.GetProperty("roles").GetString(), Is.EqualTo("team_user"));
    }
}
