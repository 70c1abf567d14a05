using System.Net;

namespace Suite.Boards.Tests;

public sealed class BlockTests : BoardsFixture
{
    [Test]
    public async Task InsertBlocks_ViewsCardsAndContent_AreReadBackByParentTypeAndId()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        var view = NewBlock(boardId, "view", boardId, "By status", new
        {
            viewType = "board",
            groupById = Props.Status,
            sortOptions = new[] { new { propertyId = "__title", reversed = false } },
            filter = new { operation = "and", filters = new[] { new { propertyId = Props.Status, condition = "includes", values = new[] { "todo" } } } },
            visiblePropertyIds = new[] { Props.Estimate },
        });
        var card = NewBlock(boardId, "card", boardId, "Write the spec", new { properties = new Dictionary<string, object> { [Props.Status] = "todo" }, contentOrder = new[] { "a-text-1" } }, id: "c-card-1");
        var text = NewBlock(boardId, "text", "c-card-1", "First draft", id: "a-text-1");
        var checkbox = NewBlock(boardId, "checkbox", "c-card-1", "Reviewed", new { value = true });

        var stored = await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { view, card, text, checkbox });

        Assert.That(stored.GetArrayLength(), Is.EqualTo(4));
        Assert.That(stored[0].GetProperty("id").GetString(), Has.Length.EqualTo(27).And.StartsWith("v"));
        Assert.That(stored[1].GetProperty("createdBy").GetString(), Is.EqualTo(Owner.Id));
        var children = await BlocksAsync(Owner.Client, boardId, "?parent_id=c-card-1");
        Assert.That(children.EnumerateArray().Select(b => b.GetProperty("type").GetString()), Is.EquivalentTo(new[] { "text", "checkbox" }));
        var views = await BlocksAsync(Owner.Client, boardId, "?type=view");
        var fields = views.EnumerateArray().Single().GetProperty("fields");
        Assert.That(fields.GetProperty("filter").GetProperty("filters")[0].GetProperty("condition").GetString(), Is.EqualTo("includes"));
        Assert.That(fields.GetProperty("sortOptions")[0].GetProperty("propertyId").GetString(), Is.EqualTo("__title"));
        Assert.That((await BlocksAsync(Owner.Client, boardId, "?all=true")).GetArrayLength(), Is.EqualTo(4));
        Assert.That(Ids(await BlocksAsync(Owner.Client, boardId, "?block_id=a-text-1")), Is.EqualTo(new[] { "a-text-1" }));
    }

    [TestCase("type", "spreadsheet")]
    [TestCase("boardId", "other")]
    [TestCase("parentId", "nowhere")]
    [TestCase("viewType", "timeline")]
    [TestCase("properties", "not-an-option")]
    [TestCase("id", "bad/id")]
    public async Task InsertBlocks_WithOneBadBlock_StoresNoneOfThem(string field, string value)
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        var good = NewBlock(boardId, "card", boardId, "Fine");
        var bad = NewBlock(boardId, field == "viewType" ? "view" : "card", boardId, "Broken");
        switch (field)
        {
            case "viewType":
                bad["fields"] = new { viewType = value };
                break;
            case "properties":
                bad["fields"] = new { properties = new Dictionary<string, object> { [Props.Status] = value } };
                break;
            default:
                bad[field] = value;
                break;
        }

        await ErrorAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { good, bad }, HttpStatusCode.BadRequest);

        Assert.That((await BlocksAsync(Owner.Client, boardId, "?all=true")).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task InsertBlocks_WithAnIdThatExists_IsRefused_EvenFromAnotherBoard()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        var otherBoardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { NewBlock(boardId, "card", boardId, "Original", id: "c-taken") });

        Assert.That(await ErrorAsync(Owner.Client, HttpMethod.Post, $"/boards/{otherBoardId}/blocks", new[] { NewBlock(otherBoardId, "card", otherBoardId, "Copy", id: "c-taken") }, HttpStatusCode.BadRequest), Does.Contain("already exists"));

        Assert.That((await CallAsync(Owner.Client, HttpMethod.Get, "/cards/c-taken")).GetProperty("title").GetString(), Is.EqualTo("Original"));
    }

    [Test]
    public async Task PatchBlock_UpdatesAndDeletesFields_AndRefusesUnsafeFieldNames()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        var view = (await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { NewBlock(boardId, "view", boardId, "Table", new { viewType = "table", columnWidths = new { __title = 280 } }) }))[0];
        var viewId = view.GetProperty("id").GetString();

        var answer = await CallAsync(Owner.Client, HttpMethod.Patch, $"/boards/{boardId}/blocks/{viewId}", new { title = "Calendar", updatedFields = new { viewType = "calendar", dateDisplayPropertyId = Props.Due }, deletedFields = new[] { "columnWidths" } });
        await ErrorAsync(Owner.Client, HttpMethod.Patch, $"/boards/{boardId}/blocks/{viewId}", new { updatedFields = new Dictionary<string, object> { ["bad.key"] = 1 } }, HttpStatusCode.BadRequest);
        await ErrorAsync(Owner.Client, HttpMethod.Patch, $"/boards/{boardId}/blocks/{viewId}", new { updatedFields = new { viewType = "mindmap" } }, HttpStatusCode.BadRequest);

        Assert.That(answer.EnumerateObject(), Is.Empty);
        var stored = (await BlocksAsync(Owner.Client, boardId, $"?block_id={viewId}"))[0];
        Assert.That(stored.GetProperty("title").GetString(), Is.EqualTo("Calendar"));
        Assert.That(stored.GetProperty("fields").GetProperty("viewType").GetString(), Is.EqualTo("calendar"));
        Assert.That(stored.GetProperty("fields").TryGetProperty("columnWidths", out _), Is.False);
        Assert.That(stored.GetProperty("updateAt").GetInt64(), Is.GreaterThanOrEqualTo(view.GetProperty("updateAt").GetInt64()));
    }

    [Test]
    public async Task DeleteBlock_RemovesACardAndItsContent()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[]
        {
            NewBlock(boardId, "card", boardId, "Doomed", id: "c-doomed"),
            NewBlock(boardId, "text", "c-doomed", "Its text"),
            NewBlock(boardId, "comment", "c-doomed", "Its comment"),
            NewBlock(boardId, "card", boardId, "Survivor"),
        });

        await CallAsync(Owner.Client, HttpMethod.Delete, $"/boards/{boardId}/blocks/c-doomed");

        var left = await BlocksAsync(Owner.Client, boardId, "?all=true");
        Assert.That(left.EnumerateArray().Select(b => b.GetProperty("title").GetString()), Is.EqualTo(new[] { "Survivor" }));
        await ErrorAsync(Owner.Client, HttpMethod.Get, "/cards/c-doomed", null, HttpStatusCode.NotFound);
        await ErrorAsync(Owner.Client, HttpMethod.Delete, $"/boards/{boardId}/blocks/c-doomed", null, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ABlock_IsReachableOnlyThroughItsOwnBoard()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        var otherBoardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        var cardId = (await CreateCardAsync(Owner.Client, boardId)).GetProperty("id").GetString();

        await ErrorAsync(Owner.Client, HttpMethod.Get, $"/boards/{otherBoardId}/blocks?block_id={cardId}", null, HttpStatusCode.NotFound);
        await ErrorAsync(Owner.Client, HttpMethod.Patch, $"/boards/{otherBoardId}/blocks/{cardId}", new { title = "Moved" }, HttpStatusCode.NotFound);
        await ErrorAsync(Owner.Client, HttpMethod.Delete, $"/boards/{otherBoardId}/blocks/{cardId}", null, HttpStatusCode.NotFound);
    }
}
