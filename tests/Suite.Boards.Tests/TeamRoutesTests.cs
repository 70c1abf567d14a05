using System.Net;
using Suite.Testing;

namespace Suite.Boards.Tests;

/// <summary>Focalboard's <c>/teams</c> routes as the Boards plugin answers them (<c>server/api/teams.go</c>).</summary>
public sealed class TeamRoutesTests : BoardsFixture
{
    [Test]
    public async Task Teams_AreTheCallersTeams_AsFocalboardTeams()
    {
        using var outsider = await OutsiderAsync();

        var mine = await CallAsync(Owner.Client, HttpMethod.Get, "/teams");
        var one = await CallAsync(Owner.Client, HttpMethod.Get, $"/teams/{TeamId}");
        var none = await CallAsync(outsider.Client, HttpMethod.Get, "/teams");

        Assert.That(mine.EnumerateArray().Select(t => t.GetProperty("id").GetString()), Does.Contain(TeamId));
        Assert.That(one.GetProperty("id").GetString(), Is.EqualTo(TeamId));
        Assert.That(one.GetProperty("title").GetString(), Is.Not.Empty);
        Assert.That(one.GetProperty("signupToken").GetString(), Is.Empty);
        Assert.That(none.GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task ATeamAndItsUsers_AreRefusedToSomeoneOutsideIt_AndToSomeoneNotSignedIn()
    {
        using var outsider = await OutsiderAsync();
        using var anonymous = Server.CreateClient();

        Assert.That(await ErrorAsync(outsider.Client, HttpMethod.Get, $"/teams/{TeamId}", null, HttpStatusCode.Forbidden), Is.EqualTo("access denied to team"));
        await ErrorAsync(outsider.Client, HttpMethod.Get, $"/teams/{TeamId}/users", null, HttpStatusCode.Forbidden);
        await ErrorAsync(outsider.Client, HttpMethod.Post, $"/teams/{TeamId}/users", new[] { Owner.Id }, HttpStatusCode.Forbidden);
        await ErrorAsync(anonymous, HttpMethod.Get, "/teams", null, HttpStatusCode.Unauthorized);
        await ErrorAsync(anonymous, HttpMethod.Get, $"/teams/{TeamId}", null, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task TeamUsers_AreSearchedByTheStartOfTheirNames_AmongTheTeamsMembers()
    {
        using var teammate = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();

        var found = await CallAsync(Owner.Client, HttpMethod.Get, $"/teams/{TeamId}/users?search={teammate.User.Username[..6]}");
        var everyone = await CallAsync(teammate.Client, HttpMethod.Get, $"/teams/{TeamId}/users");

        Assert.That(found.EnumerateArray().Select(u => u.GetProperty("id").GetString()), Does.Contain(teammate.Id));
        var everyoneIds = everyone.EnumerateArray().Select(u => u.GetProperty("id").GetString()).ToList();
        Assert.That(everyoneIds, Does.Contain(Owner.Id).And.Contain(teammate.Id));
        Assert.That(everyoneIds, Does.Not.Contain(outsider.Id));
    }

    [Test]
    public async Task TeamUsersByIds_AreTheTeamsMembersAmongThem_WithManageTeamForItsAdmins()
    {
        using var teammate = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();

        var users = await CallAsync(teammate.Client, HttpMethod.Post, $"/teams/{TeamId}/users", new[] { Owner.Id, teammate.Id, outsider.Id });
        await ErrorAsync(teammate.Client, HttpMethod.Post, $"/teams/{TeamId}/users", Array.Empty<string>(), HttpStatusCode.BadRequest);

        var byId = users.EnumerateArray().ToDictionary(u => u.GetProperty("id").GetString()!);
        Assert.That(byId.Keys, Is.EquivalentTo(new[] { Owner.Id, teammate.Id }));
        Assert.That(byId[Owner.Id].GetProperty("permissions").EnumerateArray().Select(p => p.GetString()), Does.Contain("manage_team"));
        Assert.That(byId[teammate.Id].TryGetProperty("permissions", out _), Is.False);
    }
}
