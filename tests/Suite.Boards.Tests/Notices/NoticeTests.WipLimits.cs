using System.Net;

namespace Suite.Boards.Tests.Notices;

public sealed partial class NoticeTests
{
    private static Dictionary<string, object?> KanbanView(string boardId, object limits) =>
        NewBlock(boardId, "view", title: "Board", fields: new { viewType = "board", groupById = Props.Status, columnWipLimits = limits });

    [Test]
    public async Task WipLimits_OnAKanbanView_MarkTheColumnsHoldingMoreCardsThanTheirLimit()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        var viewId = (await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { KanbanView(boardId, new Dictionary<string, int> { ["todo"] = 1, ["doing"] = 2, [""] = 0 }) }))[0].GetProperty("id").GetString();
        await CardIdAsync(Owner.Client, boardId, "a", new Dictionary<string, object> { [Props.Status] = "todo" });
        await CardIdAsync(Owner.Client, boardId, "b", new Dictionary<string, object> { [Props.Status] = "todo" });
        await CardIdAsync(Owner.Client, boardId, "c", new Dictionary<string, object> { [Props.Status] = "doing" });
        await CardIdAsync(Owner.Client, boardId, "d");

        var view = (await BlocksAsync(Owner.Client, boardId, "?type=view"))[0];
        var all = await BlocksAsync(Owner.Client, boardId, "?all=true");

        Assert.That(view.GetProperty("fields").GetProperty("columnsOverWipLimit").EnumerateArray().Select(o => o.GetString()), Is.EquivalentTo(new[] { "todo", "" }));
        Assert.That(view.GetProperty("fields").GetProperty("columnWipLimits").GetProperty("doing").GetInt32(), Is.EqualTo(2));
        Assert.That(all.EnumerateArray().Single(b => b.GetProperty("id").GetString() == viewId).GetProperty("fields").GetProperty("columnsOverWipLimit").GetArrayLength(), Is.EqualTo(2));

        await CallAsync(Owner.Client, HttpMethod.Patch, $"/boards/{boardId}/blocks/{viewId}", new { updatedFields = new { columnWipLimits = new Dictionary<string, int> { ["todo"] = 5 }, columnsOverWipLimit = new[] { "doing" } } });
        var patched = (await BlocksAsync(Owner.Client, boardId, $"?block_id={viewId}"))[0];
        Assert.That(patched.GetProperty("fields").GetProperty("columnsOverWipLimit").GetArrayLength(), Is.Zero, "computed on reading, never stored");
    }

    [TestCase("{\"todo\":-1}", "whole number")]
    [TestCase("{\"todo\":1.5}", "whole number")]
    [TestCase("{\"todo\":\"3\"}", "whole number")]
    [TestCase("{\"done\":3}", "not an option")]
    [TestCase("[3]", "must be an object")]
    public async Task WipLimits_ThatAreNotWholeNumbersOfKnownColumns_Answer400AndStoreNothing(string limits, string expected)
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        var body = $"[{{\"boardId\":\"{boardId}\",\"type\":\"view\",\"title\":\"Board\",\"fields\":{{\"viewType\":\"board\",\"groupById\":\"{Props.Status}\",\"columnWipLimits\":{limits}}}}}]";

        var error = await ErrorAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", body, HttpStatusCode.BadRequest);

        Assert.That(error, Does.Contain(expected));
        Assert.That((await BlocksAsync(Owner.Client, boardId, "?type=view")).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task WipLimits_AreReadOnlyByThoseWhoMayViewTheBoard()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, "P"));
        using var teammate = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();
        await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { KanbanView(boardId, new Dictionary<string, int> { ["todo"] = 1 }) });

        await ErrorAsync(teammate.Client, HttpMethod.Get, $"/boards/{boardId}/blocks?type=view", null, HttpStatusCode.Forbidden);
        await ErrorAsync(outsider.Client, HttpMethod.Get, $"/boards/{boardId}/blocks?type=view", null, HttpStatusCode.Forbidden);
    }
}
