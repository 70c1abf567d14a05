using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Channels.Tests.ChannelAdministration;

/// <summary>Channel autocomplete (<c>~</c> mentions and <c>in:</c> in search) and the cross-team channel search.</summary>
public sealed class ChannelAutocompleteTests : ChannelsFixture
{
    private static List<string> Ids(JsonElement channels) => channels.EnumerateArray().Select(c => c.Id()).ToList();

    [Test]
    public async Task Autocomplete_AnswersPublicChannelsAndOnlyThePrivateOnesTheUserBelongsTo()
    {
        var stem = "ac" + Guid.NewGuid().ToString("N")[..8];
        using var me = await TeamMemberAsync();
        var open = await Owner.Client.CreateChannelAsync(TeamId, name: stem + "-open", displayName: "Release Planning " + stem);
        var mine = await me.Client.CreateChannelAsync(TeamId, name: stem + "-mine", type: "P");
        var secret = await Owner.Client.CreateChannelAsync(TeamId, name: stem + "-secret", type: "P");
        var archived = await Owner.Client.CreateChannelAsync(TeamId, name: stem + "-old");
        await Owner.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{archived.Id()}", null);

        var byName = Ids(await me.Client.GetJsonAsync($"/api/v4/teams/{TeamId}/channels/autocomplete?name={stem.ToUpperInvariant()}"));
        var byWord = Ids(await me.Client.GetJsonAsync($"/api/v4/teams/{TeamId}/channels/autocomplete?name=planning%20{stem}"));

        Assert.That(byName, Is.EquivalentTo(new[] { open.Id(), mine.Id() }));
        Assert.That(byWord, Is.EqualTo(new[] { open.Id() }));
        Assert.That(byName, Does.Not.Contain(secret.Id()).And.Not.Contain(archived.Id()));
    }

    [Test]
    public async Task SearchAutocomplete_AnswersOnlyTheUsersOwnChannelsArchivedOnesIncluded()
    {
        var stem = "sa" + Guid.NewGuid().ToString("N")[..8];
        using var me = await TeamMemberAsync();
        var joined = await Owner.Client.CreateChannelAsync(TeamId, name: stem + "-joined");
        await me.Client.AddMemberAsync(joined.Id(), me.Id);
        var notJoined = await Owner.Client.CreateChannelAsync(TeamId, name: stem + "-other");
        var archived = await me.Client.CreateChannelAsync(TeamId, name: stem + "-old");
        await me.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{archived.Id()}", null);

        var found = Ids(await me.Client.GetJsonAsync($"/api/v4/teams/{TeamId}/channels/search_autocomplete?name={stem}"));

        Assert.That(found, Is.EquivalentTo(new[] { joined.Id(), archived.Id() }));
        Assert.That(found, Does.Not.Contain(notJoined.Id()));
    }

    [Test]
    public async Task AutocompleteOutsideTheTeam_AnswersForbiddenAndSearchAutocompleteNothing()
    {
        var stem = "out" + Guid.NewGuid().ToString("N")[..8];
        await Owner.Client.CreateChannelAsync(TeamId, name: stem);
        using var outsider = await OutsiderAsync();

        await outsider.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/teams/{TeamId}/channels/autocomplete?name={stem}", null, HttpStatusCode.Forbidden);
        Assert.That((await outsider.Client.GetJsonAsync($"/api/v4/teams/{TeamId}/channels/search_autocomplete?name={stem}")).GetArrayLength(), Is.Zero);
        await Owner.Client.SendErrorAsync(HttpMethod.Get, "/api/v4/teams/not-a-team/channels/autocomplete?name=a", null, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task SystemConsoleSearch_FindsEveryTeamsChannelsWithTheirTeamAndPagesWithATotal()
    {
        var stem = "sys" + Guid.NewGuid().ToString("N")[..8];
        var open = await Owner.Client.CreateChannelAsync(TeamId, name: stem + "-a");
        var closed = await Owner.Client.CreateChannelAsync(TeamId, name: stem + "-b", type: "P");
        var team = await Owner.Client.GetJsonAsync($"/api/v4/teams/{TeamId}");

        var all = await Admin.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/search", new { term = stem });
        var privateOnly = await Admin.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/search", new { term = stem, @private = true });
        var paged = await Admin.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/search", new { term = stem, team_ids = new[] { TeamId }, page = 0, per_page = 1 });

        Assert.Multiple(() =>
        {
            Assert.That(Ids(all), Is.EquivalentTo(new[] { open.Id(), closed.Id() }));
            Assert.That(all[0].Str("team_name"), Is.EqualTo(team.Str("name")));
            Assert.That(all[0].Str("team_display_name"), Is.EqualTo(team.Str("display_name")));
            Assert.That(Ids(privateOnly), Is.EqualTo(new[] { closed.Id() }));
            Assert.That(paged.GetProperty("channels").GetArrayLength(), Is.EqualTo(1));
            Assert.That(paged.Long("total_count"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task SearchOutsideTheSystemConsole_AnswersTheChannelsTheUserMaySeeInTheirTeams()
    {
        var stem = "me" + Guid.NewGuid().ToString("N")[..8];
        using var me = await TeamMemberAsync();
        var open = await Owner.Client.CreateChannelAsync(TeamId, name: stem + "-open");
        var secret = await Owner.Client.CreateChannelAsync(TeamId, name: stem + "-secret", type: "P");

        var anyTeam = Ids(await me.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/search?system_console=false", new { term = stem }));
        var oneTeam = Ids(await me.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/search?system_console=false", new { term = stem, team_ids = new[] { TeamId } }));

        Assert.That(anyTeam, Is.EqualTo(new[] { open.Id() }));
        Assert.That(oneTeam, Is.EqualTo(new[] { open.Id() }));
        Assert.That(anyTeam, Does.Not.Contain(secret.Id()));
    }

    [Test]
    public async Task SystemConsoleSearchByAnOrdinaryUser_AnswersForbidden()
    {
        using var me = await TeamMemberAsync();
        await me.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/channels/search", new { term = "a" }, HttpStatusCode.Forbidden);
        using var outsider = await OutsiderAsync();
        await outsider.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/channels/search?system_console=false", new { term = "a", team_ids = new[] { TeamId } }, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ChannelSearchWithBadInput_AnswersBadRequest()
    {
        await Admin.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/channels/search", new { term = "a", per_page = 1000, page = 0 }, HttpStatusCode.BadRequest);
        await Admin.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/channels/search", new { term = "a", team_ids = new[] { "nope" } }, HttpStatusCode.BadRequest);
        await Admin.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/channels/search?system_console=maybe", new { term = "a" }, HttpStatusCode.BadRequest);
        await Admin.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/channels/search", "not an object", HttpStatusCode.BadRequest);
    }
}
