using System.Net;
using Suite.Testing;

namespace Suite.Boards.Tests;

public sealed class SearchTests : BoardsFixture
{
    [Test]
    public async Task BoardSearch_FindsTitlesOfTheTeamsBoardsOneMayFind_CaseInsensitively()
    {
        using var user = await TeamMemberAsync();
        var open = await BoardIdAsync(CreateBoardAsync(Owner.Client, title: "Quarterly Planning"));
        var mine = await BoardIdAsync(CreateBoardAsync(user.Client, type: "P", title: "My planning"));
        await BoardIdAsync(CreateBoardAsync(Owner.Client, type: "P", title: "Secret planning"));
        await BoardIdAsync(CreateBoardAsync(Owner.Client, title: "Unrelated"));

        var found = await CallAsync(user.Client, HttpMethod.Get, $"/teams/{TeamId}/boards/search?q=PLANNING");
        var everywhere = await CallAsync(user.Client, HttpMethod.Get, "/boards/search?q=planning");

        Assert.That(Ids(found), Is.EquivalentTo(new[] { open, mine }));
        Assert.That(Ids(everywhere), Is.EquivalentTo(new[] { open, mine }));
        await ErrorAsync(user.Client, HttpMethod.Get, $"/teams/{TeamId}/boards/search?q=x&field=colour", null, HttpStatusCode.BadRequest);
        using var outsider = await OutsiderAsync();
        await ErrorAsync(outsider.Client, HttpMethod.Get, $"/teams/{TeamId}/boards/search?q=planning", null, HttpStatusCode.Forbidden);
        Assert.That((await CallAsync(outsider.Client, HttpMethod.Get, "/boards/search?q=planning")).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task BoardSearch_ByPropertyName_LooksAtTheBoardsProperties()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, title: "Tagged"));
        await CallAsync(Owner.Client, HttpMethod.Patch, $"/boards/{boardId}", new { updatedProperties = new Dictionary<string, object> { ["release-train"] = "" } });

        var found = await CallAsync(Owner.Client, HttpMethod.Get, $"/teams/{TeamId}/boards/search?q=release&field=property_name");

        Assert.That(Ids(found), Is.EqualTo(new[] { boardId }));
    }

    [TestCase("admin", true)]
    [TestCase("editor", false)]
    public async Task LinkableBoards_AreThoseOneAdministers(string role, bool listed)
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client, title: "Linkable"));
        using var user = await TeamMemberAsync();
        await AddMemberAsync(creator.Client, boardId, user.Id, role);

        var found = await CallAsync(user.Client, HttpMethod.Get, $"/teams/{TeamId}/boards/search/linkable?q=link");

        Assert.That(Ids(found).Contains(boardId), Is.EqualTo(listed));
    }

    [Test]
    public async Task CardSearch_FindsTitlesContentAndComments_OfBoardsOneMayView_BestFirst()
    {
        using var user = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(user.Client, title: "Ops"));
        var titled = await CardIdAsync(user.Client, boardId, "Rotate the database credentials");
        var described = await CardIdAsync(user.Client, boardId, "Quarterly chores");
        await CallAsync(user.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { NewBlock(boardId, "text", described, "Remember the database backups") });
        var commented = await CardIdAsync(user.Client, boardId, "Misc");
        await CallAsync(user.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { NewBlock(boardId, "comment", commented, "is the database ready?") });
        await CardIdAsync(user.Client, boardId, "Nothing to see");
        var secretBoard = await BoardIdAsync(CreateBoardAsync(Owner.Client, type: "P", title: "Secret"));
        await CardIdAsync(Owner.Client, secretBoard, "Database migration plan");
        var openNotJoined = await BoardIdAsync(CreateBoardAsync(Owner.Client, title: "Open"));
        await CardIdAsync(Owner.Client, openNotJoined, "Database tuning");

        var hits = await CallAsync(user.Client, HttpMethod.Get, $"/teams/{TeamId}/cards/search?q=databases");

        Assert.That(hits.EnumerateArray().Select(h => h.GetProperty("card").GetProperty("id").GetString()), Is.EqualTo(new[] { titled, described, commented }));
        Assert.That(hits[0].GetProperty("boardTitle").GetString(), Is.EqualTo("Ops"));
        Assert.That(hits[0].GetProperty("matchedIn").EnumerateArray().Select(m => m.GetString()), Is.EqualTo(new[] { "title" }));
        Assert.That(hits[2].GetProperty("matchedIn").EnumerateArray().Select(m => m.GetString()), Is.EqualTo(new[] { "comment" }));
        Assert.That(hits[0].GetProperty("rank").GetDouble(), Is.GreaterThan(hits[2].GetProperty("rank").GetDouble()));
    }

    [Test]
    public async Task CardSearch_LeavesOutDeletedCardsAndCardTemplates_AndRefusesOutsiders()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        var gone = await CardIdAsync(Owner.Client, boardId, "Invoice customer");
        await CallAsync(Owner.Client, HttpMethod.Delete, $"/boards/{boardId}/blocks/{gone}");
        await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { NewBlock(boardId, "card", boardId, "Invoice template", new { isTemplate = true }) });
        var live = await CardIdAsync(Owner.Client, boardId, "Invoice supplier");
        using var outsider = await OutsiderAsync();

        var hits = await CallAsync(Owner.Client, HttpMethod.Get, $"/teams/{TeamId}/cards/search?q=invoice");

        Assert.That(hits.EnumerateArray().Select(h => h.GetProperty("card").GetProperty("id").GetString()), Is.EqualTo(new[] { live }));
        await ErrorAsync(outsider.Client, HttpMethod.Get, $"/teams/{TeamId}/cards/search?q=invoice", null, HttpStatusCode.Forbidden);
        await ErrorAsync(Owner.Client, HttpMethod.Get, $"/teams/{TeamId}/cards/search?q=invoice&limit=0", null, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ChannelSearch_ListsTheCallersChannelsOfTheTeamMatchingTheText()
    {
        using var member = await TeamMemberAsync();
        var mine = await CreateChannelAsync("Release Planning", "P");
        using (var added = await Owner.Client.PostAsync($"/api/v4/channels/{mine}/members", SuiteApi.Json(new { user_id = member.Id })))
        {
            Assert.That(added.IsSuccessStatusCode, Is.True);
        }

        await CreateChannelAsync("Planning secrets", "P");

        var found = await CallAsync(member.Client, HttpMethod.Get, $"/teams/{TeamId}/channels?search=PLAN");
        using var outsider = await OutsiderAsync();

        Assert.That(Ids(found), Is.EqualTo(new[] { mine }));
        Assert.That(found[0].GetProperty("display_name").GetString(), Is.EqualTo("Release Planning"));
        Assert.That(found[0].GetProperty("team_id").GetString(), Is.EqualTo(TeamId));
        await ErrorAsync(outsider.Client, HttpMethod.Get, $"/teams/{TeamId}/channels?search=plan", null, HttpStatusCode.Forbidden);
    }

    private async Task<string> CreateChannelAsync(string displayName, string type)
    {
        using var created = await Owner.Client.PostAsync("/api/v4/channels", SuiteApi.Json(new { team_id = TeamId, name = SuiteApi.UniqueName("c"), display_name = displayName, type }));
        return (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
    }

    private static async Task<string> CardIdAsync(HttpClient client, string boardId, string title) =>
        (await CreateCardAsync(client, boardId, title)).GetProperty("id").GetString()!;
}
