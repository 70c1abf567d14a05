using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Platform.Tests.Teams;

/// <summary>Archiving a team (team admins) and deleting it for good (system admins), as <c>DELETE /teams/{id}</c> does.</summary>
public sealed class TeamDeletionTests : TeamFixture
{
    private async Task<(string TeamId, string Name, SignedInUser Member)> TeamWithMemberAsync()
    {
        var team = await SuiteApi.CreateTeamAsync(Owner.Client);
        var member = await Api.SignUpAndLoginAsync();
        await SuiteApi.AddToTeamAsync(Owner.Client, team.Id(), member.Id);
        return (team.Id(), team.GetProperty("name").GetString()!, member);
    }

    [Test]
    public async Task ArchivingATeam_TakesItFromItsMembersAndTellsThem()
    {
        var (teamId, _, member) = await TeamWithMemberAsync();
        using var _ = member;
        await using var memberEvents = await EventClient.ConnectAsync(Server.BaseAddress, member.Token);

        var answer = await Owner.Client.SendAsync(HttpMethod.Delete, $"/api/v4/teams/{teamId}", null, HttpStatusCode.OK);

        Assert.That(answer.GetProperty("status").GetString(), Is.EqualTo("OK"));
        var deleted = await memberEvents.NextAsync("delete_team");
        var team = JsonDocument.Parse(deleted.GetProperty("data").GetProperty("team").GetString()!).RootElement;
        Assert.That(team.Id(), Is.EqualTo(teamId));
        Assert.That(team.GetProperty("delete_at").GetInt64(), Is.GreaterThan(0));
        var myTeams = await member.Client.SendAsync(HttpMethod.Get, "/api/v4/users/me/teams", null, HttpStatusCode.OK);
        Assert.That(myTeams.EnumerateArray().Select(t => t.Id()), Does.Not.Contain(teamId));
        await member.Client.SendAsync(HttpMethod.Get, $"/api/v4/teams/{teamId}/members", null, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task PermanentDeletion_IsForSystemAdminsAndFreesTheName()
    {
        var (teamId, name, member) = await TeamWithMemberAsync();
        using var _ = member;

        await Owner.Client.SendAsync(HttpMethod.Delete, $"/api/v4/teams/{teamId}?permanent=true", null, HttpStatusCode.Forbidden);
        var stillThere = await Owner.Client.SendAsync(HttpMethod.Get, $"/api/v4/teams/{teamId}", null, HttpStatusCode.OK);
        Assert.That(stillThere.GetProperty("delete_at").GetInt64(), Is.Zero);

        await Admin.Client.SendAsync(HttpMethod.Delete, $"/api/v4/teams/{teamId}?permanent=true", null, HttpStatusCode.OK);

        await Admin.Client.SendAsync(HttpMethod.Get, $"/api/v4/teams/{teamId}", null, HttpStatusCode.NotFound);
        var exists = await Admin.Client.SendAsync(HttpMethod.Get, $"/api/v4/teams/name/{name}/exists", null, HttpStatusCode.OK);
        Assert.That(exists.GetProperty("exists").GetBoolean(), Is.False);
        var reused = await SuiteApi.CreateTeamAsync(Owner.Client, name);
        Assert.That(reused.Id(), Is.Not.EqualTo(teamId));
    }

    [Test]
    public async Task DeletingAsAPlainMember_AnswersForbiddenAndKeepsTheTeam()
    {
        var (teamId, _, member) = await TeamWithMemberAsync();
        using var _ = member;

        await member.Client.SendAsync(HttpMethod.Delete, $"/api/v4/teams/{teamId}", null, HttpStatusCode.Forbidden);

        var team = await member.Client.SendAsync(HttpMethod.Get, $"/api/v4/teams/{teamId}", null, HttpStatusCode.OK);
        Assert.That(team.GetProperty("delete_at").GetInt64(), Is.Zero);
    }

    [Test]
    public async Task DeletingWithABadIdOrFlagOrAnUnknownTeam_AnswersBadRequestOrNotFound()
    {
        var (teamId, _, member) = await TeamWithMemberAsync();
        using var _ = member;

        await Owner.Client.SendAsync(HttpMethod.Delete, "/api/v4/teams/not-a-team", null, HttpStatusCode.BadRequest);
        await Owner.Client.SendAsync(HttpMethod.Delete, $"/api/v4/teams/{teamId}?permanent=maybe", null, HttpStatusCode.BadRequest);
        var unknownTeamId = Guid.NewGuid().ToString("N")[..26];
        await Admin.Client.SendAsync(HttpMethod.Delete, $"/api/v4/teams/{unknownTeamId}", null, HttpStatusCode.NotFound);
        var team = await Owner.Client.SendAsync(HttpMethod.Get, $"/api/v4/teams/{teamId}", null, HttpStatusCode.OK);
        Assert.That(team.GetProperty("delete_at").GetInt64(), Is.Zero);
    }
}
