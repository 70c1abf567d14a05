using System.Net;
using Suite.Testing;

namespace Suite.Channels.Tests.ChannelAdministration;

/// <summary><c>GET /users/{user_id}/channels</c>: a user's channels in every team, archived ones on request.</summary>
public sealed class MyChannelsAcrossTeamsTests : ChannelsFixture
{
    [Test]
    public async Task MyChannels_SpanEveryTeamAndAnswerArchivedOnesArchivedAfterLastDeleteAt()
    {
        using var me = await TeamMemberAsync();
        var otherTeam = await SuiteApi.CreateTeamAsync(me.Client);
        var here = await me.Client.CreateChannelAsync(TeamId);
        var there = await me.Client.CreateChannelAsync(otherTeam.Id(), type: "P");
        var oldArchive = await me.Client.CreateChannelAsync(TeamId);
        var newArchive = await me.Client.CreateChannelAsync(otherTeam.Id());
        await me.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{oldArchive.Id()}", null);
        var between = (await me.Client.ChannelAsync(oldArchive.Id())).Long("delete_at");
        await Task.Delay(5);
        await me.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{newArchive.Id()}", null);

        var live = await IdsAsync(me, "/api/v4/users/me/channels");
        var withArchived = await IdsAsync(me, "/api/v4/users/me/channels?include_deleted=true");
        var newerArchived = await IdsAsync(me, $"/api/v4/users/me/channels?include_deleted=true&last_delete_at={between}");

        Assert.That(live, Does.Contain(here.Id()).And.Contain(there.Id()).And.Not.Contain(oldArchive.Id()).And.Not.Contain(newArchive.Id()));
        Assert.That(withArchived, Does.Contain(oldArchive.Id()).And.Contain(newArchive.Id()));
        Assert.That(newerArchived, Does.Contain(newArchive.Id()).And.Contain(here.Id()).And.Not.Contain(oldArchive.Id()));
    }

    [Test]
    public async Task SomeoneElsesChannelsOrANegativeLastDeleteAt_AnswerForbiddenOrBadRequest()
    {
        using var me = await TeamMemberAsync();
        using var other = await TeamMemberAsync();

        await other.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/users/{me.Id}/channels", null, HttpStatusCode.Forbidden);
        await me.Client.SendErrorAsync(HttpMethod.Get, "/api/v4/users/me/channels?include_deleted=true&last_delete_at=-1", null, HttpStatusCode.BadRequest);
        await me.Client.SendErrorAsync(HttpMethod.Get, "/api/v4/users/me/channels?last_delete_at=soon", null, HttpStatusCode.BadRequest);
    }

    private static async Task<List<string>> IdsAsync(SignedInUser user, string path) =>
        (await user.Client.GetJsonAsync(path)).EnumerateArray().Select(c => c.Id()).ToList();
}
