using System.Net;
using Suite.Testing;

namespace Suite.Boards.Tests.Notices;

public sealed partial class NoticeTests
{
    [Test]
    public async Task MentionInACardsText_SendsTheMentionedADirectMessageFromTheBoardsBotWithALinkToTheCard_Once()
    {
        var (boardId, member) = await BoardWithMemberAsync("viewer");
        using var _ = member;
        var cardId = await CardIdAsync(Owner.Client, boardId, "Launch plan");
        var text = NewBlock(boardId, "text", cardId, $"Intro\nPlease review @{member.User.Username} before Friday");

        var inserted = await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { text });
        var textId = inserted[0].GetProperty("id").GetString();
        await CallAsync(Owner.Client, HttpMethod.Patch, $"/boards/{boardId}/blocks/{textId}", new { title = $"Please review @{member.User.Username} before Monday" });

        var messages = await BotMessagesEventuallyAsync(member, 1);
        Assert.That(messages, Has.Count.EqualTo(1), "an edit keeping the mention does not mention again");
        Assert.That(Message(messages[0]), Is.EqualTo(
            $"@{Owner.User.Username} mentioned you in the card [Launch plan](/boards/team/{TeamId}/{boardId}/0/{cardId}) in board [Roadmap](/boards/team/{TeamId}/{boardId})\n"
            + $"> Intro\nPlease review @{member.User.Username} before Friday"));
        Assert.That(messages[0].GetProperty("props").GetProperty("from_bot").GetString(), Is.EqualTo("true"));
        var subscriptions = await CallAsync(member.Client, HttpMethod.Get, $"/subscriptions/{member.Id}");
        Assert.That(subscriptions.EnumerateArray().Select(s => s.GetProperty("blockId").GetString()), Does.Contain(cardId), "the mentioned follow the card");
    }

    [Test]
    public async Task BlocksInsertedWithDisableNotify_MentionNobody_ButTheBoardStillHearsOfThem()
    {
        var (boardId, member) = await BoardWithMemberAsync("viewer");
        using var _ = member;
        var quietCard = await CardIdAsync(Owner.Client, boardId, "Bulk loaded");
        var loudCard = await CardIdAsync(Owner.Client, boardId, "Typed by hand");
        await using var events = await EventClient.ConnectAsync(Server.BaseAddress, member.Token);

        var quiet = await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/blocks?disable_notify=true", new[] { NewBlock(boardId, "text", quietCard, $"For @{member.User.Username}") });
        await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { NewBlock(boardId, "text", loudCard, $"For @{member.User.Username}") });

        var messages = await BotMessagesEventuallyAsync(member, 1);
        Assert.That(messages, Has.Count.EqualTo(1));
        Assert.That(Message(messages[0]), Does.Contain("[Typed by hand]"));
        var quietId = quiet[0].GetProperty("id").GetString();
        await events.NextAsync("custom_focalboard_UPDATE_BOARD", d => d.TryGetProperty("block", out var block) && block.GetProperty("id").GetString() == quietId);
        var subscriptions = await CallAsync(member.Client, HttpMethod.Get, $"/subscriptions/{member.Id}");
        Assert.That(subscriptions.EnumerateArray().Select(s => s.GetProperty("blockId").GetString()), Does.Not.Contain(quietCard));
    }

    [Test]
    public async Task MentionInAComment_UsesTheCommentWording_AndAddsATeamMemberToTheOpenBoard()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        using var teammate = await TeamMemberAsync();
        var cardId = await CardIdAsync(Owner.Client, boardId, "Bug bash");

        await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { NewBlock(boardId, "comment", cardId, $"@{teammate.User.Username} can you take this?") });

        var messages = await BotMessagesEventuallyAsync(teammate, 1);
        Assert.That(Message(messages[0]), Does.StartWith($"@{Owner.User.Username} mentioned you in a comment on the card [Bug bash]("));
        Assert.That(Message(messages[0]), Does.EndWith($"> @{teammate.User.Username} can you take this?"));
        var cards = await CallAsync(teammate.Client, HttpMethod.Get, $"/boards/{boardId}/cards");
        Assert.That(Ids(cards), Does.Contain(cardId), "Focalboard makes a mentioned team member a member of an open board");
    }

    [Test]
    public async Task MentionOnAPrivateBoard_OfSomeoneWhoMayNotSeeIt_SendsNothing()
    {
        var (boardId, member) = await BoardWithMemberAsync("editor", type: "P");
        using var _ = member;
        using var teammate = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();
        var cardId = await CardIdAsync(Owner.Client, boardId, "Secret");

        await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[]
        {
            NewBlock(boardId, "comment", cardId, $"@{teammate.User.Username} and @{outsider.User.Username} and @{member.User.Username}"),
        });

        await BotMessagesEventuallyAsync(member, 1);
        Assert.That(await BotMessagesAsync(teammate), Is.Empty);
        Assert.That(await BotMessagesAsync(outsider), Is.Empty);
        await ErrorAsync(teammate.Client, HttpMethod.Get, $"/boards/{boardId}/cards", null, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task AssigningThroughAPersonProperty_SendsTheAssigneeADirectMessageOnce_AndNotTheOneWhoAssigns()
    {
        var (boardId, member) = await BoardWithMemberAsync("viewer");
        using var _ = member;
        using var teammate = await TeamMemberAsync();
        var cardId = await CardIdAsync(Owner.Client, boardId, "Write docs");

        await CallAsync(Owner.Client, HttpMethod.Patch, $"/cards/{cardId}", new { updatedProperties = new Dictionary<string, object> { [Props.Owner] = member.Id } });
        await CallAsync(Owner.Client, HttpMethod.Patch, $"/cards/{cardId}", new { title = "Write the docs" });
        await CallAsync(Owner.Client, HttpMethod.Patch, $"/cards/{cardId}", new { updatedProperties = new Dictionary<string, object> { [Props.Owner] = teammate.Id } });
        var selfAssigned = await CardIdAsync(Owner.Client, boardId, "Mine", new Dictionary<string, object> { [Props.Owner] = Owner.Id });

        var messages = await BotMessagesEventuallyAsync(member, 1);
        Assert.That(messages.Select(Message), Is.EqualTo(new[]
        {
            $"@{Owner.User.Username} assigned you to the card [Write docs](/boards/team/{TeamId}/{boardId}/0/{cardId}) in board [Roadmap](/boards/team/{TeamId}/{boardId})",
        }));
        Assert.That(await BotMessagesAsync(teammate), Is.Empty, "a team member who is not a member of the board is not told");
        Assert.That((await BotMessagesAsync(Owner)).Select(Message), Has.None.Contains(selfAssigned));
    }
}
