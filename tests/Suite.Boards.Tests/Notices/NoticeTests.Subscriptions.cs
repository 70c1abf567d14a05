using System.Net;

namespace Suite.Boards.Tests.Notices;

public sealed partial class NoticeTests
{
    [Test]
    public async Task Subscriptions_AreMadeListedAndDeletedByTheSubscriberOnly()
    {
        var (boardId, viewer) = await BoardWithMemberAsync("viewer");
        using var _ = viewer;
        using var teammate = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();
        var cardId = await CardIdAsync(Owner.Client, boardId);
        var body = new { blockType = "card", blockId = cardId, subscriberType = "user", subscriberId = viewer.Id };

        var created = await CallAsync(viewer.Client, HttpMethod.Post, "/subscriptions", body);
        var again = await CallAsync(viewer.Client, HttpMethod.Post, "/subscriptions", body);
        var listed = await CallAsync(viewer.Client, HttpMethod.Get, $"/subscriptions/{viewer.Id}");
        var listedByReferencePath = await CallAsync(viewer.Client, HttpMethod.Get, $"/subscribers/{viewer.Id}/subscriptions");

        Assert.That(created.GetProperty("blockId").GetString(), Is.EqualTo(cardId));
        Assert.That(created.GetProperty("subscriberType").GetString(), Is.EqualTo("user"));
        Assert.That(created.GetProperty("deleteAt").GetInt64(), Is.Zero);
        Assert.That(again.GetProperty("createAt").GetInt64(), Is.EqualTo(created.GetProperty("createAt").GetInt64()));
        Assert.That(listed.EnumerateArray().Select(s => s.GetProperty("blockId").GetString()), Is.EqualTo(new[] { cardId }));
        Assert.That(listedByReferencePath.ToString(), Is.EqualTo(listed.ToString()));

        Assert.That(await ErrorAsync(teammate.Client, HttpMethod.Post, "/subscriptions", body, HttpStatusCode.BadRequest), Does.Contain("subscriberID mismatch"));
        await ErrorAsync(teammate.Client, HttpMethod.Post, "/subscriptions", body with { subscriberId = teammate.Id }, HttpStatusCode.Forbidden);
        await ErrorAsync(outsider.Client, HttpMethod.Post, "/subscriptions", body with { subscriberId = outsider.Id }, HttpStatusCode.Forbidden);
        await ErrorAsync(viewer.Client, HttpMethod.Post, "/subscriptions", body with { blockType = "board" }, HttpStatusCode.BadRequest);
        await ErrorAsync(viewer.Client, HttpMethod.Post, "/subscriptions", body with { blockId = "nosuchcard" }, HttpStatusCode.BadRequest);
        await ErrorAsync(teammate.Client, HttpMethod.Get, $"/subscriptions/{viewer.Id}", null, HttpStatusCode.Forbidden);
        await ErrorAsync(teammate.Client, HttpMethod.Delete, $"/subscriptions/{cardId}/{viewer.Id}", null, HttpStatusCode.Forbidden);
        Assert.That((await CallAsync(viewer.Client, HttpMethod.Get, $"/subscriptions/{viewer.Id}")).GetArrayLength(), Is.EqualTo(1), "refusals change nothing");

        var deleted = await CallAsync(viewer.Client, HttpMethod.Delete, $"/subscriptions/{cardId}/{viewer.Id}");
        Assert.That(deleted.ToString(), Is.EqualTo("{}"));
        Assert.That((await CallAsync(viewer.Client, HttpMethod.Get, $"/subscriptions/{viewer.Id}")).GetArrayLength(), Is.Zero);
        await ErrorAsync(viewer.Client, HttpMethod.Delete, $"/subscriptions/{cardId}/{viewer.Id}", null, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ChangesToAFollowedCard_ReachItsSubscribersAsOneMessageAfterTheDelay_NeverTheirAuthor()
    {
        var (boardId, editor) = await BoardWithMemberAsync("editor");
        using var _ = editor;
        using var follower = await TeamMemberAsync();
        await AddMemberAsync(Owner.Client, boardId, follower.Id, "viewer");
        var cardId = await CardIdAsync(Owner.Client, boardId, "Checkout", new Dictionary<string, object> { [Props.Status] = "todo" });
        await CallAsync(follower.Client, HttpMethod.Post, "/subscriptions", new { blockType = "card", blockId = cardId, subscriberType = "user", subscriberId = follower.Id });
        var ownerBefore = (await BotMessagesAsync(Owner)).Count;

        await CallAsync(editor.Client, HttpMethod.Patch, $"/cards/{cardId}", new { updatedProperties = new Dictionary<string, object> { [Props.Status] = "doing" } });
        _clock.Advance(NotifyDelay / 2);
        await CallAsync(editor.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { NewBlock(boardId, "comment", cardId, "Started on it") });
        _clock.Advance(NotifyDelay / 2);
        await Task.Delay(500);
        Assert.That(await BotMessagesAsync(follower), Is.Empty, "each change restarts the wait");

        var messages = await BotMessagesEventuallyAsync(follower, 1, () => _clock.Advance(TimeSpan.FromSeconds(10)));
        var ownerMessages = await BotMessagesEventuallyAsync(Owner, ownerBefore + 1, () => _clock.Advance(TimeSpan.FromSeconds(10)));

        Assert.That(messages, Has.Count.EqualTo(1));
        Assert.That(Message(messages[0]), Is.Empty);
        Assert.That(AttachmentText(messages[0]), Is.EqualTo(
            $"###### @{editor.User.Username} has modified the card [Checkout](/boards/team/{TeamId}/{boardId}/0/{cardId}) on the board [Roadmap](/boards/team/{TeamId}/{boardId})\n"
            + "\nStatus: Doing  ~~`To Do`~~"
            + $"\nComment by @{editor.User.Username}: Started on it"));
        Assert.That(AttachmentText(ownerMessages[^1]), Does.Contain("Status: Doing"), "the card's author follows it");
        Assert.That(await BotMessagesAsync(editor), Is.Empty, "the commenter follows the card but is not told of their own changes");

        await CallAsync(Owner.Client, HttpMethod.Patch, $"/cards/{cardId}", new { title = "Checkout v2" });
        var afterOwnerChange = await BotMessagesEventuallyAsync(editor, 1, () => _clock.Advance(TimeSpan.FromSeconds(30)));
        Assert.That(AttachmentText(afterOwnerChange[0]), Does.EndWith("\nTitle: Checkout v2  ~~`Checkout`~~"));
    }
}
