using System.Net;
using Suite.Testing;

namespace Suite.Boards.Tests;

public sealed class BoardsAndBlocksTests : BoardsFixture
{
    [Test]
    public async Task Create_StoresBoardsAndBlocksUnderNewIds_KeepingTheirLinks_AndMakesTheCallerAdmin()
    {
        using var member = await TeamMemberAsync();
        var body = new
        {
            boards = new[] { new { id = "board-1", teamId = TeamId, type = "O", title = "Imported", cardProperties = Array.Empty<object>() } },
            blocks = new[]
            {
                NewBlock("board-1", "card", "board-1", "First", new { contentOrder = new[] { "text-1" } }, id: "card-1"),
                NewBlock("board-1", "text", "card-1", "Body", id: "text-1"),
                NewBlock("board-1", "view", "board-1", "Board view", new { viewType = "board", cardOrder = new[] { "card-1" } }, id: "view-1"),
            },
        };

        var created = await CallAsync(member.Client, HttpMethod.Post, "/boards-and-blocks", body);

        var boardId = created.GetProperty("boards")[0].GetProperty("id").GetString()!;
        Assert.That(boardId, Has.Length.EqualTo(27).And.StartsWith("b"));
        var blocks = await BlocksAsync(member.Client, boardId);
        var card = blocks.EnumerateArray().Single(b => b.GetProperty("type").GetString() == "card");
        var text = blocks.EnumerateArray().Single(b => b.GetProperty("type").GetString() == "text");
        var view = blocks.EnumerateArray().Single(b => b.GetProperty("type").GetString() == "view");
        Assert.That(card.GetProperty("id").GetString(), Is.Not.EqualTo("card-1"));
        Assert.That(text.GetProperty("parentId").GetString(), Is.EqualTo(card.GetProperty("id").GetString()));
        Assert.That(card.GetProperty("fields").GetProperty("contentOrder")[0].GetString(), Is.EqualTo(text.GetProperty("id").GetString()));
        Assert.That(view.GetProperty("fields").GetProperty("cardOrder")[0].GetString(), Is.EqualTo(card.GetProperty("id").GetString()));
        var members = await CallAsync(member.Client, HttpMethod.Get, $"/boards/{boardId}/members");
        Assert.That(members[0].GetProperty("schemeAdmin").GetBoolean(), Is.True);
    }

    [TestCase("{\"boards\":[],\"blocks\":[]}", "at least one board is required")]
    [TestCase("{\"boards\":[{\"id\":\"b1\",\"teamId\":\"TEAM\",\"type\":\"O\"}],\"blocks\":[]}", "at least one block is required")]
    [TestCase("{\"boards\":[{\"id\":\"b1\",\"teamId\":\"TEAM\",\"type\":\"O\"}],\"blocks\":[{\"id\":\"c1\",\"boardId\":\"elsewhere\",\"type\":\"card\",\"createAt\":1,\"updateAt\":1}]}", "not exists in the created boards")]
    [TestCase("{\"boards\":[{\"id\":\"b1\",\"teamId\":\"TEAM\",\"type\":\"O\"}],\"blocks\":[{\"id\":\"c1\",\"boardId\":\"b1\",\"type\":\"card\",\"createAt\":0,\"updateAt\":1}]}", "invalid createAt")]
    [TestCase("{\"boards\":[{\"id\":\"b1\",\"teamId\":\"TEAM\",\"type\":\"X\"}],\"blocks\":[{\"id\":\"c1\",\"boardId\":\"b1\",\"type\":\"card\",\"createAt\":1,\"updateAt\":1}]}", "invalid-board-type")]
    public async Task Create_WithABadBody_Answers400AndStoresNothing(string json, string expected)
    {
        using var member = await TeamMemberAsync();
        var before = (await CallAsync(member.Client, HttpMethod.Get, $"/teams/{TeamId}/boards")).GetArrayLength();

        var error = await ErrorAsync(member.Client, HttpMethod.Post, "/boards-and-blocks", json.Replace("TEAM", TeamId, StringComparison.Ordinal), HttpStatusCode.BadRequest);

        Assert.That(error, Does.Contain(expected));
        Assert.That((await CallAsync(member.Client, HttpMethod.Get, $"/teams/{TeamId}/boards")).GetArrayLength(), Is.EqualTo(before));
    }

    [Test]
    public async Task Create_InATeamOneIsNotIn_IsRefused()
    {
        using var outsider = await OutsiderAsync();
        var body = new { boards = new[] { new { id = "b1", teamId = TeamId, type = "O" } }, blocks = new[] { NewBlock("b1", "card", "b1", "x", id: "c1") } };

        Assert.That(await ErrorAsync(outsider.Client, HttpMethod.Post, "/boards-and-blocks", body, HttpStatusCode.Forbidden), Is.EqualTo("access denied to board template"));
    }

    [TestCase("viewer", HttpStatusCode.Forbidden)]
    [TestCase("commenter", HttpStatusCode.Forbidden)]
    [TestCase("editor", HttpStatusCode.OK)]
    [TestCase("admin", HttpStatusCode.OK)]
    public async Task Patch_ChangesABoardAndItsCardsTogether_ForEditors(string role, HttpStatusCode expected)
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client));
        var cardId = (await CreateCardAsync(creator.Client, boardId, "Old")).GetProperty("id").GetString();
        using var user = await TeamMemberAsync();
        await AddMemberAsync(creator.Client, boardId, user.Id, role);
        var body = new
        {
            boardIDs = new[] { boardId },
            boardPatches = new[] { new { title = "Renamed together" } },
            blockIDs = new[] { cardId },
            blockPatches = new[] { new { title = "New" } },
        };

        using var response = await SendAsync(user.Client, HttpMethod.Patch, "/boards-and-blocks", body);

        if (expected == HttpStatusCode.OK)
        {
            var patched = await response.ReadJsonAsync(expected);
            Assert.That(patched.GetProperty("boards")[0].GetProperty("title").GetString(), Is.EqualTo("Renamed together"));
            Assert.That(patched.GetProperty("blocks")[0].GetProperty("title").GetString(), Is.EqualTo("New"));
        }
        else
        {
            Assert.That(await ReadErrorAsync(response, expected), Is.EqualTo("access denied to modifying board properties"));
        }

        Assert.That((await CallAsync(creator.Client, HttpMethod.Get, $"/cards/{cardId}")).GetProperty("title").GetString(), Is.EqualTo(expected == HttpStatusCode.OK ? "New" : "Old"));
    }

    [Test]
    public async Task Patch_WithOneBadBlockPatch_ChangesNothing()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        var cardId = (await CreateCardAsync(Owner.Client, boardId, "Keep")).GetProperty("id").GetString();
        var body = new
        {
            boardIDs = new[] { boardId },
            boardPatches = new[] { new { title = "Should not stick" } },
            blockIDs = new[] { cardId },
            blockPatches = new object[] { new { updatedFields = new { properties = new Dictionary<string, object> { [Props.Estimate] = "lots" } } } },
        };

        await ErrorAsync(Owner.Client, HttpMethod.Patch, "/boards-and-blocks", body, HttpStatusCode.BadRequest);
        await ErrorAsync(Owner.Client, HttpMethod.Patch, "/boards-and-blocks", new { boardIDs = new[] { boardId }, boardPatches = Array.Empty<object>() }, HttpStatusCode.BadRequest);

        Assert.That((await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}")).GetProperty("title").GetString(), Is.EqualTo("Roadmap"));
    }

    [Test]
    public async Task Patch_TheTypeOfABoard_NeedsAnAdmin()
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client));
        using var editor = await TeamMemberAsync();
        await AddMemberAsync(creator.Client, boardId, editor.Id, "editor");
        var body = new { boardIDs = new[] { boardId }, boardPatches = new[] { new { type = "P" } }, blockIDs = Array.Empty<string>(), blockPatches = Array.Empty<object>() };

        Assert.That(await ErrorAsync(editor.Client, HttpMethod.Patch, "/boards-and-blocks", body, HttpStatusCode.Forbidden), Is.EqualTo("access denied to modifying board type"));
        await CallAsync(creator.Client, HttpMethod.Patch, "/boards-and-blocks", body);
    }

    [TestCase("editor", HttpStatusCode.Forbidden)]
    [TestCase("admin", HttpStatusCode.OK)]
    public async Task Delete_RemovesBoardsAndBlocksTogether_ForAdmins(string role, HttpStatusCode expected)
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client));
        var cardId = (await CreateCardAsync(creator.Client, boardId)).GetProperty("id").GetString();
        using var user = await TeamMemberAsync();
        await AddMemberAsync(creator.Client, boardId, user.Id, role);

        using var response = await SendAsync(user.Client, HttpMethod.Delete, "/boards-and-blocks", new { boards = new[] { boardId }, blocks = new[] { cardId } });

        if (expected == HttpStatusCode.OK)
        {
            Assert.That((await response.ReadJsonAsync(expected)).ToString(), Is.EqualTo("{}"));
            await ErrorAsync(creator.Client, HttpMethod.Get, $"/boards/{boardId}", null, HttpStatusCode.NotFound);
        }
        else
        {
            Assert.That(await ReadErrorAsync(response, expected), Is.EqualTo("access denied to delete board"));
            await CallAsync(creator.Client, HttpMethod.Get, $"/cards/{cardId}");
        }
    }
}
