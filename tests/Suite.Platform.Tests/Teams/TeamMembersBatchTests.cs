using System.Net;
using Suite.Testing;

namespace Suite.Platform.Tests.Teams;

/// <summary>Adding several users to a team at once (<c>POST /teams/{id}/members/batch</c>), plainly or gracefully.</summary>
public sealed class TeamMembersBatchTests : TeamFixture
{
    private string BatchPath => $"/api/v4/teams/{TeamId}/members/batch";

    private object[] Members(params string[] userIds) => userIds.Select(id => (object)new { team_id = TeamId, user_id = id }).ToArray();

    private async Task<bool> IsMemberAsync(string userId)
    {
        using var response = await Owner.Client.GetAsync($"/api/v4/teams/{TeamId}/members/{userId}");
        return response.StatusCode == HttpStatusCode.OK;
    }

    [Test]
    public async Task AddingSeveralUsers_AnswersTheirMemberships()
    {
        using var a = await OutsiderAsync();
        using var b = await OutsiderAsync();

        var added = await Owner.Client.SendAsync(HttpMethod.Post, BatchPath, Members(a.Id, b.Id), HttpStatusCode.Created);

        Assert.That(added.EnumerateArray().Select(m => m.GetProperty("user_id").GetString()), Is.EquivalentTo(new[] { a.Id, b.Id }));
        Assert.That(added.EnumerateArray().Select(m => m.GetProperty("roles").GetString()), Is.All.EqualTo("team_user"));
        Assert.That(await IsMemberAsync(a.Id) && await IsMemberAsync(b.Id), Is.True);
    }

    [Test]
    public async Task GracefulBatch_AnswersEachUsersOutcomeWhilePlainBatchStopsAtTheFirstRefusal()
    {
        using var a = await OutsiderAsync();
        using var c = await OutsiderAsync();
        var unknown = Guid.NewGuid().ToString("N")[..26];

        var outcomes = await Owner.Client.SendAsync(HttpMethod.Post, BatchPath + "?graceful=true", Members(a.Id, unknown), HttpStatusCode.Created);

        var byUser = outcomes.EnumerateArray().ToDictionary(o => o.GetProperty("user_id").GetString()!);
        Assert.That(byUser[a.Id].GetProperty("member").GetProperty("team_id").GetString(), Is.EqualTo(TeamId));
        Assert.That(byUser[unknown].GetProperty("error").GetProperty("status_code").GetInt32(), Is.EqualTo(404));
        await Owner.Client.SendAsync(HttpMethod.Post, BatchPath, Members(unknown, c.Id), HttpStatusCode.NotFound);
        Assert.That(await IsMemberAsync(c.Id), Is.False);
    }

    [Test]
    public async Task AddingOthersAsAPlainMember_AnswersForbiddenAndAddsNobody()
    {
        using var member = await TeamMemberAsync();
        using var other = await OutsiderAsync();

        await member.Client.SendAsync(HttpMethod.Post, BatchPath + "?graceful=true", Members(other.Id), HttpStatusCode.Forbidden);

        Assert.That(await IsMemberAsync(other.Id), Is.False);
    }

    [Test]
    public async Task AnEmptyBatchAnotherTeamsIdOrABadUserId_AnswersBadRequestAndAddsNobody()
    {
        using var a = await OutsiderAsync();

        await Owner.Client.SendAsync(HttpMethod.Post, BatchPath, Array.Empty<object>(), HttpStatusCode.BadRequest);
        await Owner.Client.SendAsync(HttpMethod.Post, BatchPath, new[] { new { team_id = Guid.NewGuid().ToString("N")[..26], user_id = a.Id } }, HttpStatusCode.BadRequest);
        await Owner.Client.SendAsync(HttpMethod.Post, BatchPath, Members(a.Id, "nope"), HttpStatusCode.BadRequest);

        Assert.That(await IsMemberAsync(a.Id), Is.False);
    }
}
