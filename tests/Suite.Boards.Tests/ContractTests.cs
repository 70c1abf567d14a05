using System.Net;
using Suite.Boards.Contracts;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Boards.Tests;

/// <summary>What other modules (Playbooks turning follow-ups into cards) do through Boards.Contracts and the mediator.</summary>
public sealed class ContractTests : BoardsFixture
{
    private ISender Sender => Server.Service<ISender>();

    [Test]
    public async Task CreateCard_ByAnEditor_ResolvesPropertiesByNameAndLabel_AndLinksBack()
    {
        using var editor = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        await AddMemberAsync(Owner.Client, boardId, editor.Id, "editor");

        var created = await Sender.Send(new CreateCard
        {
            BoardId = boardId,
            UserId = editor.Id,
            Title = "Add an alert on replication lag",
            Properties = new Dictionary<string, string> { ["status"] = "Doing", ["Link"] = "https://suite.example/playbooks/runs/r1", ["Tags"] = "Bug" },
            Text = "From the retrospective of [INC-42](/playbooks/runs/r1).",
        });

        Assert.That(created.BoardId, Is.EqualTo(boardId));
        Assert.That(created.Url, Is.EqualTo($"/boards/team/{TeamId}/{boardId}/0/{created.Id}"));
        var card = await CallAsync(Owner.Client, HttpMethod.Get, $"/cards/{created.Id}");
        Assert.That(card.GetProperty("createdBy").GetString(), Is.EqualTo(editor.Id));
        var properties = card.GetProperty("properties");
        Assert.That(properties.GetProperty(Props.Status).GetString(), Is.EqualTo("doing"));
        Assert.That(properties.GetProperty(Props.Link).GetString(), Is.EqualTo("https://suite.example/playbooks/runs/r1"));
        Assert.That(properties.GetProperty(Props.Tags)[0].GetString(), Is.EqualTo("bug"));
        var textId = card.GetProperty("contentOrder")[0].GetString();
        var text = (await BlocksAsync(Owner.Client, boardId, $"?block_id={textId}"))[0];
        Assert.That(text.GetProperty("type").GetString(), Is.EqualTo("text"));
        Assert.That(text.GetProperty("parentId").GetString(), Is.EqualTo(created.Id));
        Assert.That(text.GetProperty("title").GetString(), Does.Contain("INC-42"));
    }

    [Test]
    public async Task CreateCard_ForAViewerAnUnknownBoardOrABadValue_IsRefusedAndStoresNothing()
    {
        using var viewer = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        await AddMemberAsync(Owner.Client, boardId, viewer.Id, "viewer");

        var forbidden = Assert.ThrowsAsync<AppErrorException>(() => Sender.Send(new CreateCard { BoardId = boardId, UserId = viewer.Id, Title = "No" }));
        var missing = Assert.ThrowsAsync<AppErrorException>(() => Sender.Send(new CreateCard { BoardId = "bnothere", UserId = Owner.Id, Title = "No" }));
        var bad = Assert.ThrowsAsync<AppErrorException>(() => Sender.Send(new CreateCard { BoardId = boardId, UserId = Owner.Id, Title = "No", Properties = new Dictionary<string, string> { ["Estimate"] = "lots" } }));
        var unknown = Assert.ThrowsAsync<AppErrorException>(() => Sender.Send(new CreateCard { BoardId = boardId, UserId = Owner.Id, Title = "No", Properties = new Dictionary<string, string> { ["Severity"] = "high" } }));

        Assert.That(forbidden!.Error.StatusCode, Is.EqualTo(403));
        Assert.That(missing!.Error.StatusCode, Is.EqualTo(404));
        Assert.That(bad!.Error.StatusCode, Is.EqualTo(400));
        Assert.That(unknown!.Error.StatusCode, Is.EqualTo(400));
        Assert.That((await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}/cards")).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task GetBoard_AnswersTitleAndWhetherTheUserMayAddCards_AndHidesPrivateBoards()
    {
        using var viewer = await TeamMemberAsync();
        using var stranger = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, type: "P", title: "Follow-ups"));
        await AddMemberAsync(Owner.Client, boardId, viewer.Id, "viewer");

        var asOwner = await Sender.Send(new GetBoard(boardId, Owner.Id));
        var asViewer = await Sender.Send(new GetBoard(boardId, viewer.Id));
        var hidden = Assert.ThrowsAsync<AppErrorException>(() => Sender.Send(new GetBoard(boardId, stranger.Id)));

        Assert.That(asOwner.Title, Is.EqualTo("Follow-ups"));
        Assert.That(asOwner.CanCreateCards, Is.True);
        Assert.That(asOwner.CardProperties.Single(p => p.Id == Props.Status).Options.Select(o => o.Value), Is.EqualTo(new[] { "To Do", "Doing" }));
        Assert.That(asViewer.CanCreateCards, Is.False);
        Assert.That(hidden!.Error.StatusCode, Is.EqualTo(403));
    }

    [Test]
    public async Task GetBoardsForUser_ListsOnlyTheBoardsTheUserMayAddCardsTo()
    {
        using var user = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();
        var editable = await BoardIdAsync(CreateBoardAsync(user.Client, title: "A mine"));
        var viewOnly = await BoardIdAsync(CreateBoardAsync(Owner.Client, type: "P", title: "B read only"));
        await AddMemberAsync(Owner.Client, viewOnly, user.Id, "viewer");
        var notJoined = await BoardIdAsync(CreateBoardAsync(Owner.Client, title: "C open"));

        var boards = await Sender.Send(new GetBoardsForUser(user.Id, TeamId));
        var refused = Assert.ThrowsAsync<AppErrorException>(() => Sender.Send(new GetBoardsForUser(outsider.Id, TeamId)));

        Assert.That(boards.Select(b => b.Id), Does.Contain(editable).And.Not.Contain(viewOnly).And.Not.Contain(notJoined));
        Assert.That(refused!.Error.StatusCode, Is.EqualTo((int)HttpStatusCode.Forbidden));
    }
}
