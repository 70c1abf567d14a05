using System.Net;

namespace Suite.Boards.Tests;

/// <summary>Focalboard's <c>POST /content-blocks/{blockID}/moveto/{where}/{dstBlockID}</c>: reordering a card's content.</summary>
public sealed class ContentBlockMoveTests : BoardsFixture
{
    [Test]
    public async Task MovingBeforeAndAfter_ReordersTheCardsContent_AndTellsTheBoard()
    {
        var (boardId, cardId, blocks) = await CardWithContentAsync(Owner.Client, "a", "b", "c");

        var answer = await CallAsync(Owner.Client, HttpMethod.Post, $"/content-blocks/{blocks[2]}/moveto/before/{blocks[0]}");
        var afterFirstMove = await ContentOrderAsync(Owner.Client, cardId);
        await CallAsync(Owner.Client, HttpMethod.Post, $"/content-blocks/{blocks[2]}/moveto/after/{blocks[1]}");
        var afterSecondMove = await ContentOrderAsync(Owner.Client, cardId);
        await CallAsync(Owner.Client, HttpMethod.Post, $"/content-blocks/{blocks[0]}/moveto/after/{blocks[2]}");

        Assert.That(answer.ToString(), Is.EqualTo("{}"));
        Assert.That(afterFirstMove, Is.EqualTo(new[] { blocks[2], blocks[0], blocks[1] }));
        Assert.That(afterSecondMove, Is.EqualTo(new[] { blocks[0], blocks[1], blocks[2] }));
        Assert.That(await ContentOrderAsync(Owner.Client, cardId), Is.EqualTo(new[] { blocks[1], blocks[2], blocks[0] }));
        var card = (await BlocksAsync(Owner.Client, boardId, $"?block_id={cardId}"))[0];
        Assert.That(card.GetProperty("modifiedBy").GetString(), Is.EqualTo(Owner.Id));
    }

    [Test]
    public async Task BadMoves_Are400Or404_AndChangeNothing()
    {
        var (boardId, cardId, blocks) = await CardWithContentAsync(Owner.Client, "a", "b");
        var (_, _, otherCards) = await CardWithContentAsync(Owner.Client, "x");
        var unlisted = (await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { NewBlock(boardId, "text", cardId, "not in the order") }))[0].GetProperty("id").GetString()!;

        Assert.That(await ErrorAsync(Owner.Client, HttpMethod.Post, $"/content-blocks/{blocks[0]}/moveto/sideways/{blocks[1]}", null, HttpStatusCode.BadRequest), Is.EqualTo("invalid where parameter, use before or after"));
        Assert.That(await ErrorAsync(Owner.Client, HttpMethod.Post, $"/content-blocks/{blocks[0]}/moveto/after/{otherCards[0]}", null, HttpStatusCode.BadRequest), Does.StartWith("not matching parent"));
        Assert.That(await ErrorAsync(Owner.Client, HttpMethod.Post, $"/content-blocks/{unlisted}/moveto/after/{blocks[1]}", null, HttpStatusCode.BadRequest), Does.StartWith("source block"));
        Assert.That(await ErrorAsync(Owner.Client, HttpMethod.Post, $"/content-blocks/{blocks[0]}/moveto/after/{unlisted}", null, HttpStatusCode.BadRequest), Does.StartWith("destination block"));
        await ErrorAsync(Owner.Client, HttpMethod.Post, $"/content-blocks/{blocks[0]}/moveto/after/xnosuchblockxxxxxxxxxxxxxxx", null, HttpStatusCode.NotFound);
        await CallAsync(Owner.Client, HttpMethod.Delete, $"/boards/{boardId}/blocks/{blocks[1]}");
        await ErrorAsync(Owner.Client, HttpMethod.Post, $"/content-blocks/{blocks[0]}/moveto/after/{blocks[1]}", null, HttpStatusCode.NotFound);

        Assert.That(await ContentOrderAsync(Owner.Client, cardId), Is.EqualTo(new[] { blocks[0], blocks[1] }));
    }

    [TestCase("viewer")]
    [TestCase("commenter")]
    public async Task OnlyEditors_MayMoveContent(string role)
    {
        var (boardId, cardId, blocks) = await CardWithContentAsync(Owner.Client, "a", "b");
        using var user = await TeamMemberAsync();
        await AddMemberAsync(Owner.Client, boardId, user.Id, role);
        using var outsider = await OutsiderAsync();

        Assert.That(await ErrorAsync(user.Client, HttpMethod.Post, $"/content-blocks/{blocks[1]}/moveto/before/{blocks[0]}", null, HttpStatusCode.Forbidden), Is.EqualTo("access denied to modify board cards"));
        await ErrorAsync(outsider.Client, HttpMethod.Post, $"/content-blocks/{blocks[1]}/moveto/before/{blocks[0]}", null, HttpStatusCode.Forbidden);
        using var anonymous = Server.CreateClient();
        await ErrorAsync(anonymous, HttpMethod.Post, $"/content-blocks/{blocks[1]}/moveto/before/{blocks[0]}", null, HttpStatusCode.Unauthorized);

        Assert.That(await ContentOrderAsync(Owner.Client, cardId), Is.EqualTo(new[] { blocks[0], blocks[1] }));
        using var editor = await TeamMemberAsync();
        await AddMemberAsync(Owner.Client, boardId, editor.Id, "editor");
        await CallAsync(editor.Client, HttpMethod.Post, $"/content-blocks/{blocks[1]}/moveto/before/{blocks[0]}");
        Assert.That(await ContentOrderAsync(Owner.Client, cardId), Is.EqualTo(new[] { blocks[1], blocks[0] }));
    }

    // A card whose content is text blocks with the given titles, in that order.
    private async Task<(string BoardId, string CardId, string[] Blocks)> CardWithContentAsync(HttpClient client, params string[] texts)
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(client));
        var cardId = (await CreateCardAsync(client, boardId)).GetProperty("id").GetString()!;
        var inserted = await CallAsync(client, HttpMethod.Post, $"/boards/{boardId}/blocks", texts.Select(t => NewBlock(boardId, "text", cardId, t)).ToArray());
        var ids = inserted.EnumerateArray().Select(b => b.GetProperty("id").GetString()!).ToArray();
        await CallAsync(client, HttpMethod.Patch, $"/cards/{cardId}", new { contentOrder = ids });
        return (boardId, cardId, ids);
    }

    private static async Task<string[]> ContentOrderAsync(HttpClient client, string cardId) =>
        (await CallAsync(client, HttpMethod.Get, $"/cards/{cardId}")).GetProperty("contentOrder").EnumerateArray().Select(e => e.GetString()!).ToArray();
}
