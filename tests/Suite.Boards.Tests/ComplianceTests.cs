using System.Net;
using Suite.Licensing.Signing;
using Suite.Testing;
using Suite.Testing.Licensing;

namespace Suite.Boards.Tests;

/// <summary>Focalboard's compliance export (<c>/admin/boards</c>, <c>/admin/boards_history</c>, <c>/admin/blocks_history</c>): system admins, Enterprise license.</summary>
public sealed class ComplianceTests : BoardsFixture
{
    protected override IReadOnlyDictionary<string, string?> ServerSettings => TestKeys.ServerSettings();

    [Test, Order(1)]
    public async Task WithoutTheLicense_EvenASystemAdminIsRefused_AsAGatedFeature()
    {
        foreach (var path in new[] { "/admin/boards", "/admin/boards_history?modified_since=0", "/admin/blocks_history?modified_since=0" })
        {
            Assert.That(await ErrorAsync(Admin.Client, HttpMethod.Get, path, null, HttpStatusCode.Forbidden), Does.Contain("requires the Enterprise edition"), path);
        }
    }

    [Test, Order(2)]
    public async Task OnlySystemAdmins_MayExport_InFocalboardsWords()
    {
        await LicenseAsync();
        using var anonymous = Server.CreateClient();

        Assert.That(await ErrorAsync(Owner.Client, HttpMethod.Get, "/admin/boards", null, HttpStatusCode.Unauthorized), Is.EqualTo("access denied Compliance Export getAllBoards"));
        Assert.That(await ErrorAsync(Owner.Client, HttpMethod.Get, "/admin/boards_history?modified_since=0", null, HttpStatusCode.Unauthorized), Is.EqualTo("access denied Compliance Export getBoardsHistory"));
        Assert.That(await ErrorAsync(Owner.Client, HttpMethod.Get, "/admin/blocks_history?modified_since=0", null, HttpStatusCode.Unauthorized), Is.EqualTo("access denied Compliance Export getBlocksHistory"));
        await ErrorAsync(anonymous, HttpMethod.Get, "/admin/boards", null, HttpStatusCode.Unauthorized);
    }

    [Test, Order(3)]
    public async Task Boards_AreTheLiveBoardsOfATeam_APageAtATime()
    {
        await LicenseAsync();
        var teamId = (await SuiteApi.CreateTeamAsync(Owner.Client)).GetProperty("id").GetString()!;
        var first = await BoardIdAsync(CreateBoardAsync(Owner.Client, type: "P", teamId: teamId));
        var second = await BoardIdAsync(CreateBoardAsync(Owner.Client, teamId: teamId));
        var deleted = await BoardIdAsync(CreateBoardAsync(Owner.Client, teamId: teamId));
        await CallAsync(Owner.Client, HttpMethod.Delete, $"/boards/{deleted}");

        var page0 = await CallAsync(Admin.Client, HttpMethod.Get, $"/admin/boards?team_id={teamId}&per_page=1");
        var page1 = await CallAsync(Admin.Client, HttpMethod.Get, $"/admin/boards?team_id={teamId}&per_page=1&page=1");
        var all = await CallAsync(Admin.Client, HttpMethod.Get, $"/admin/boards?team_id={teamId}");

        Assert.That(page0.GetProperty("hasNext").GetBoolean(), Is.True);
        Assert.That(page1.GetProperty("hasNext").GetBoolean(), Is.False);
        Assert.That(Ids(page0.GetProperty("results")).Concat(Ids(page1.GetProperty("results"))), Is.EquivalentTo(new[] { first, second }));
        Assert.That(Ids(all.GetProperty("results")), Is.EquivalentTo(new[] { first, second }));
        Assert.That(all.GetProperty("results")[0].GetProperty("teamId").GetString(), Is.EqualTo(teamId));
    }

    [Test, Order(4)]
    public async Task BoardsHistory_NamesWhenABoardsBlocksChanged_AndDeletedBoardsOnlyWhenAsked()
    {
        await LicenseAsync();
        var teamId = (await SuiteApi.CreateTeamAsync(Owner.Client)).GetProperty("id").GetString()!;
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, teamId: teamId));
        var firstCard = await CreateCardAsync(Owner.Client, boardId, "First");
        var lastCard = await CreateCardAsync(Owner.Client, boardId, "Last");
        var deleted = await BoardIdAsync(CreateBoardAsync(Owner.Client, teamId: teamId));
        await CallAsync(Owner.Client, HttpMethod.Delete, $"/boards/{deleted}");

        var live = await CallAsync(Admin.Client, HttpMethod.Get, $"/admin/boards_history?modified_since=0&team_id={teamId}");
        var withDeleted = await CallAsync(Admin.Client, HttpMethod.Get, $"/admin/boards_history?modified_since=0&team_id={teamId}&include_deleted=true");

        var history = live.GetProperty("results").EnumerateArray().Single();
        Assert.That(history.GetProperty("id").GetString(), Is.EqualTo(boardId));
        Assert.That(history.GetProperty("isDeleted").GetBoolean(), Is.False);
        Assert.That(history.GetProperty("createdBy").GetString(), Is.EqualTo(Owner.Id));
        Assert.That(history.GetProperty("descendantFirstUpdateAt").GetInt64(), Is.EqualTo(firstCard.GetProperty("updateAt").GetInt64()));
        Assert.That(history.GetProperty("descendantLastUpdateAt").GetInt64(), Is.EqualTo(lastCard.GetProperty("updateAt").GetInt64()));
        var deletedHistory = withDeleted.GetProperty("results").EnumerateArray().Single(h => h.GetProperty("id").GetString() == deleted);
        Assert.That(deletedHistory.GetProperty("isDeleted").GetBoolean(), Is.True);
    }

    [Test, Order(5)]
    public async Task BlocksHistory_ListsABoardsChangedBlocks_NewestFirst()
    {
        await LicenseAsync();
        using var editor = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        await AddMemberAsync(Owner.Client, boardId, editor.Id, "editor");
        var old = await CreateCardAsync(Owner.Client, boardId, "Old");
        var since = old.GetProperty("updateAt").GetInt64();
        var changed = await CreateCardAsync(Owner.Client, boardId, "Changed");
        await CallAsync(editor.Client, HttpMethod.Patch, $"/cards/{changed.GetProperty("id").GetString()}", new { title = "Changed by the editor" });

        var page = await CallAsync(Admin.Client, HttpMethod.Get, $"/admin/blocks_history?modified_since={since}&board_id={boardId}");

        var block = page.GetProperty("results").EnumerateArray().Single();
        Assert.That(block.GetProperty("id").GetString(), Is.EqualTo(changed.GetProperty("id").GetString()));
        Assert.That(block.GetProperty("boardId").GetString(), Is.EqualTo(boardId));
        Assert.That(block.GetProperty("teamId").GetString(), Is.EqualTo(TeamId));
        Assert.That(block.GetProperty("type").GetString(), Is.EqualTo("card"));
        Assert.That(block.GetProperty("createdBy").GetString(), Is.EqualTo(Owner.Id));
        Assert.That(block.GetProperty("lastModifiedBy").GetString(), Is.EqualTo(editor.Id));
        Assert.That(block.GetProperty("lastUpdateAt").GetInt64(), Is.GreaterThanOrEqualTo(block.GetProperty("firstUpdateAt").GetInt64()));
    }

    [Test, Order(6)]
    public async Task BadQueries_AreRefusedWithFocalboardsReasons()
    {
        await LicenseAsync();

        Assert.That(await ErrorAsync(Admin.Client, HttpMethod.Get, "/admin/boards_history", null, HttpStatusCode.BadRequest), Is.EqualTo("`modified_since` parameter required"));
        Assert.That(await ErrorAsync(Admin.Client, HttpMethod.Get, "/admin/blocks_history", null, HttpStatusCode.BadRequest), Is.EqualTo("`modified_since` parameter required"));
        await ErrorAsync(Admin.Client, HttpMethod.Get, "/admin/blocks_history?modified_since=yesterday", null, HttpStatusCode.BadRequest);
        await ErrorAsync(Admin.Client, HttpMethod.Get, "/admin/boards?page=-1", null, HttpStatusCode.BadRequest);
        await ErrorAsync(Admin.Client, HttpMethod.Get, "/admin/boards?per_page=many", null, HttpStatusCode.BadRequest);
        Assert.That(await ErrorAsync(Admin.Client, HttpMethod.Get, "/admin/boards?team_id=nosuchteamxxxxxxxxxxxxxxxxx", null, HttpStatusCode.BadRequest), Does.StartWith("invalid team id"));
        Assert.That(await ErrorAsync(Admin.Client, HttpMethod.Get, "/admin/blocks_history?modified_since=0&board_id=bnosuchboard", null, HttpStatusCode.BadRequest), Does.StartWith("invalid board id"));
    }

    private async Task LicenseAsync()
    {
        using var response = await LicenseHttp.UploadAsync(Admin.Client, TestKeys.Trusted.Sign(TestLicenses.Create(sku: Skus.Enterprise)));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }
}
