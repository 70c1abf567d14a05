using System.Net;
using Suite.Testing;

namespace Suite.Boards.Tests;

public sealed class BoardTests : BoardsFixture
{
    [Test]
    public async Task CreateBoard_ByATeamMember_StoresItWithAServerIdAndTheCreatorAsItsAdmin()
    {
        var board = await CreateBoardAsync(Owner.Client);
        var id = board.GetProperty("id").GetString()!;

        Assert.That(id, Has.Length.EqualTo(27).And.StartsWith("b"));
        var read = await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{id}");
        Assert.That(read.GetProperty("teamId").GetString(), Is.EqualTo(TeamId));
        Assert.That(read.GetProperty("createdBy").GetString(), Is.EqualTo(Owner.Id));
        Assert.That(read.GetProperty("type").GetString(), Is.EqualTo("O"));
        Assert.That(read.GetProperty("createAt").GetInt64(), Is.GreaterThan(0));
        var tags = read.GetProperty("cardProperties").EnumerateArray().Single(p => p.GetProperty("id").GetString() == Props.Tags);
        Assert.That(tags.GetProperty("options")[1].GetProperty("color").GetString(), Is.EqualTo("propColorDefault"), "an option without a colour gets the default");
        var member = (await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{id}/members")).EnumerateArray().Single();
        Assert.That(member.GetProperty("userId").GetString(), Is.EqualTo(Owner.Id));
        Assert.That(member.GetProperty("schemeAdmin").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Requests_WithoutXRequestedWith_AreRefusedWith400AndChangeNothing()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));

        using var read = await SendAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}", xmlHttpRequest: false);
        using var write = await SendAsync(Owner.Client, HttpMethod.Patch, $"/boards/{boardId}", new { title = "Forged" }, xmlHttpRequest: false);

        Assert.That(await ReadErrorAsync(read, HttpStatusCode.BadRequest), Is.EqualTo("checkCSRFToken FAILED"));
        Assert.That(await ReadErrorAsync(write, HttpStatusCode.BadRequest), Is.EqualTo("checkCSRFToken FAILED"));
        Assert.That((await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}")).GetProperty("title").GetString(), Is.EqualTo("Roadmap"));
    }

    [Test]
    public async Task Requests_WithoutASession_Answer401()
    {
        using var anonymous = Api.Anonymous();

        using var response = await SendAsync(anonymous, HttpMethod.Get, $"/teams/{TeamId}/boards");

        await ReadErrorAsync(response, HttpStatusCode.Unauthorized);
    }

    [TestCase("type", "X", "invalid-board-type")]
    [TestCase("minimumRole", "boss", "invalid-board-minimum-role")]
    [TestCase("propertyType", "colour", "type of property")]
    [TestCase("optionColor", "pink", "color of option")]
    [TestCase("duplicateProperty", "", "used twice")]
    public async Task CreateBoard_WithInvalidInput_Answers400AndStoresNothing(string field, string value, string expected)
    {
        using var creator = await TeamMemberAsync();
        var property = new Dictionary<string, object> { ["id"] = "p1", ["name"] = "P", ["type"] = field == "propertyType" ? value : "select" };
        property["options"] = new[] { new { id = "o1", value = "One", color = field == "optionColor" ? value : "propColorRed" } };
        var body = new Dictionary<string, object>
        {
            ["teamId"] = TeamId,
            ["type"] = field == "type" ? value : "O",
            ["minimumRole"] = field == "minimumRole" ? value : "",
            ["title"] = "Bad",
            ["cardProperties"] = field == "duplicateProperty" ? new[] { property, property } : new[] { property },
        };

        Assert.That(await ErrorAsync(creator.Client, HttpMethod.Post, "/boards", body, HttpStatusCode.BadRequest), Does.Contain(expected));
        Assert.That((await CallAsync(creator.Client, HttpMethod.Get, $"/teams/{TeamId}/boards")).EnumerateArray().Select(b => b.GetProperty("createdBy").GetString()), Does.Not.Contain(creator.Id));
    }

    [Test]
    public async Task CreateBoard_InATeamTheCallerIsNotIn_Answers403()
    {
        using var outsider = await OutsiderAsync();

        await ErrorAsync(outsider.Client, HttpMethod.Post, "/boards", new { teamId = TeamId, type = "O", title = "Intruder" }, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task OpenBoard_IsReadableByTheTeam_ButNotByOutsiders()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        using var member = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();

        await CallAsync(member.Client, HttpMethod.Get, $"/boards/{boardId}");
        await ErrorAsync(outsider.Client, HttpMethod.Get, $"/boards/{boardId}", null, HttpStatusCode.Forbidden);
        await ErrorAsync(outsider.Client, HttpMethod.Get, $"/boards/{boardId}/blocks", null, HttpStatusCode.Forbidden);
        await ErrorAsync(outsider.Client, HttpMethod.Get, $"/teams/{TeamId}/boards", null, HttpStatusCode.Forbidden);
        await ErrorAsync(outsider.Client, HttpMethod.Post, $"/boards/{boardId}/join", null, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task PrivateBoard_ShowsNothingToATeamMemberWhoIsNotAMember()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, type: "P", title: "Secret plans"));
        var cardId = (await CreateCardAsync(Owner.Client, boardId)).GetProperty("id").GetString();
        using var member = await TeamMemberAsync();

        await ErrorAsync(member.Client, HttpMethod.Get, $"/boards/{boardId}", null, HttpStatusCode.Forbidden);
        await ErrorAsync(member.Client, HttpMethod.Get, $"/boards/{boardId}/blocks", null, HttpStatusCode.Forbidden);
        await ErrorAsync(member.Client, HttpMethod.Get, $"/boards/{boardId}/cards", null, HttpStatusCode.Forbidden);
        await ErrorAsync(member.Client, HttpMethod.Get, $"/cards/{cardId}", null, HttpStatusCode.Forbidden);
        await ErrorAsync(member.Client, HttpMethod.Get, $"/boards/{boardId}/members", null, HttpStatusCode.Forbidden);
        Assert.That(await ErrorAsync(member.Client, HttpMethod.Post, $"/boards/{boardId}/join", null, HttpStatusCode.Forbidden), Is.EqualTo("cannot join a non Open board"));
        Assert.That(Ids(await CallAsync(member.Client, HttpMethod.Get, $"/teams/{TeamId}/boards")), Does.Not.Contain(boardId));
        Assert.That(Ids(await CallAsync(Owner.Client, HttpMethod.Get, $"/teams/{TeamId}/boards")), Does.Contain(boardId));
    }

    [Test]
    public async Task PatchBoard_ByAnEditor_ChangesTitleAndCardProperties_ButNotTypeOrMinimumRole()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        using var editor = await TeamMemberAsync();
        await AddMemberAsync(Owner.Client, boardId, editor.Id, "editor");

        var patched = await CallAsync(editor.Client, HttpMethod.Patch, $"/boards/{boardId}", new
        {
            title = "Roadmap 2027",
            updatedCardProperties = new[] { new { id = "priority", name = "Priority", type = "select", options = new[] { new { id = "p1", value = "P1", color = "propColorRed" } } } },
            deletedCardProperties = new[] { Props.Email },
        });
        var refused = await ErrorAsync(editor.Client, HttpMethod.Patch, $"/boards/{boardId}", new { type = "P" }, HttpStatusCode.Forbidden);
        await ErrorAsync(editor.Client, HttpMethod.Patch, $"/boards/{boardId}", new { minimumRole = "admin" }, HttpStatusCode.Forbidden);

        Assert.That(patched.GetProperty("title").GetString(), Is.EqualTo("Roadmap 2027"));
        var ids = patched.GetProperty("cardProperties").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.That(ids, Does.Contain("priority").And.Not.Contain(Props.Email));
        Assert.That(ids.Last(), Is.EqualTo("priority"));
        Assert.That(refused, Is.EqualTo("access denied to modifying board type"));
        var read = await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}");
        Assert.That(read.GetProperty("type").GetString(), Is.EqualTo("O"));
        Assert.That(read.GetProperty("minimumRole").GetString(), Is.EqualTo(""));
        Assert.That(read.GetProperty("modifiedBy").GetString(), Is.EqualTo(editor.Id));
    }

    [Test]
    public async Task PatchBoard_ByAViewerOrWithAnInvalidProperty_ChangesNothing()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        using var viewer = await TeamMemberAsync();
        await AddMemberAsync(Owner.Client, boardId, viewer.Id, "viewer");

        await ErrorAsync(viewer.Client, HttpMethod.Patch, $"/boards/{boardId}", new { title = "Mine" }, HttpStatusCode.Forbidden);
        await ErrorAsync(Owner.Client, HttpMethod.Patch, $"/boards/{boardId}", new { title = "Mine", updatedCardProperties = new[] { new { id = "x", name = "X", type = "rainbow" } } }, HttpStatusCode.BadRequest);

        Assert.That((await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}")).GetProperty("title").GetString(), Is.EqualTo("Roadmap"));
    }

    [Test]
    public async Task DeleteBoard_IsForItsAdmins_AndHidesTheBoardUntilUndeleted()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        using var editor = await TeamMemberAsync();
        await AddMemberAsync(Owner.Client, boardId, editor.Id, "editor");

        Assert.That(await ErrorAsync(editor.Client, HttpMethod.Delete, $"/boards/{boardId}", null, HttpStatusCode.Forbidden), Is.EqualTo("access denied to delete board"));
        var deleted = await CallAsync(Owner.Client, HttpMethod.Delete, $"/boards/{boardId}");

        Assert.That(deleted.EnumerateObject(), Is.Empty);
        await ErrorAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}", null, HttpStatusCode.NotFound);
        Assert.That(Ids(await CallAsync(Owner.Client, HttpMethod.Get, $"/teams/{TeamId}/boards")), Does.Not.Contain(boardId));
        await ErrorAsync(editor.Client, HttpMethod.Post, $"/boards/{boardId}/undelete", null, HttpStatusCode.Forbidden);
        await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/undelete");
        Assert.That((await CallAsync(editor.Client, HttpMethod.Get, $"/boards/{boardId}")).GetProperty("deleteAt").GetInt64(), Is.Zero);
    }

    [Test]
    public async Task LinkingAChannel_IsForAdminsInThatChannel_AndMakesTheChannelsMembersEditors()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, type: "P"));
        using var colleague = await TeamMemberAsync();
        var channel = await Owner.Client.PostAsync("/api/v4/channels", SuiteApi.Json(new { team_id = TeamId, name = SuiteApi.UniqueName("c"), display_name = "Planning", type = "P" }));
        var channelId = (await channel.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();
        using var added = await Owner.Client.PostAsync($"/api/v4/channels/{channelId}/members", SuiteApi.Json(new { user_id = colleague.Id }));
        await added.ReadJsonAsync(HttpStatusCode.Created);
        using var stranger = await TeamMemberAsync();
        var strangersBoardId = await BoardIdAsync(CreateBoardAsync(stranger.Client));

        await ErrorAsync(colleague.Client, HttpMethod.Get, $"/boards/{boardId}/blocks", null, HttpStatusCode.Forbidden);
        Assert.That(await ErrorAsync(stranger.Client, HttpMethod.Patch, $"/boards/{strangersBoardId}", new { channelId }, HttpStatusCode.Forbidden), Is.EqualTo("access denied to channel"));
        var linked = await CallAsync(Owner.Client, HttpMethod.Patch, $"/boards/{boardId}", new { channelId });

        Assert.That(linked.GetProperty("channelId").GetString(), Is.EqualTo(channelId));
        await CreateCardAsync(colleague.Client, boardId, "From the channel");
        Assert.That(Ids(await CallAsync(colleague.Client, HttpMethod.Get, $"/teams/{TeamId}/boards")), Does.Contain(boardId));
    }
}
