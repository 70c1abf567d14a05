using System.Text.Json;
using Suite.Boards.Blocks;
using Suite.Boards.Blocks.DeleteBlock;
using Suite.Boards.Blocks.InsertBlocks;
using Suite.Boards.Blocks.PatchBlock;
using Suite.Boards.Boards;
using Suite.Boards.Boards.PatchBoard;
using Suite.Boards.Cards;
using Suite.Boards.Cards.CreateCard;
using Suite.Boards.Cards.PatchCard;
using Suite.Boards.Web.Model;
using Suite.Platform.Mediator;

namespace Suite.Boards.Web;

/// <summary>The changes the screens make, each the request its API route sends, and applied to the open board at once (the realtime event follows).</summary>
internal static class BoardWrites
{
    public static async Task SetPropertyAsync(this ISender sender, BoardData data, string cardId, string propertyId, JsonElement value)
    {
        var card = await sender.Send(new PatchCardRequest(cardId, new CardPatch { UpdatedProperties = new() { [propertyId] = value } }));
        data.Apply(card.ToBlockWithTimes());
    }

    public static Task SetPropertyAsync(this ISender sender, BoardData data, string cardId, string propertyId, string value) =>
        sender.SetPropertyAsync(data, cardId, propertyId, ViewSettings.Json(value));

    public static async Task SetTitleAsync(this ISender sender, BoardData data, string cardId, string title)
    {
        var card = await sender.Send(new PatchCardRequest(cardId, new CardPatch { Title = title }));
        data.Apply(card.ToBlockWithTimes());
    }

    public static async Task<Block> CreateCardAsync(this ISender sender, BoardData data, string title, Dictionary<string, JsonElement> properties)
    {
        var card = await sender.Send(new CreateCardRequest(data.Board.Id, new Card { Title = title, Properties = properties }));
        var block = card.ToBlockWithTimes();
        data.Apply(block);
        return block;
    }

    public static async Task PatchViewAsync(this ISender sender, BoardData data, string viewId, Dictionary<string, JsonElement> fields)
    {
        var view = await sender.Send(new PatchBlockRequest(data.Board.Id, viewId, new BlockPatch { UpdatedFields = fields }));
        data.Apply(view);
    }

    public static async Task<IReadOnlyList<Block>> InsertAsync(this ISender sender, BoardData data, params Block[] blocks)
    {
        foreach (var block in blocks)
        {
            block.BoardId = data.Board.Id;
        }

        var inserted = await sender.Send(new InsertBlocksRequest(data.Board.Id, blocks));
        foreach (var block in inserted)
        {
            data.Apply(block);
        }

        return inserted;
    }

    public static async Task PatchBlockAsync(this ISender sender, BoardData data, string blockId, BlockPatch patch) =>
        data.Apply(await sender.Send(new PatchBlockRequest(data.Board.Id, blockId, patch)));

    public static async Task DeleteBlockAsync(this ISender sender, BoardData data, string blockId)
    {
        await sender.Send(new DeleteBlockRequest(data.Board.Id, blockId));
        data.Apply(new Block { Id = blockId, BoardId = data.Board.Id, DeleteAt = 1 });
    }

    public static async Task PatchBoardAsync(this ISender sender, BoardData data, BoardPatch patch) =>
        data.Apply(await sender.Send(new PatchBoardRequest(data.Board.Id, patch)));

    /// <summary>Appends content blocks to a card's <c>contentOrder</c>.</summary>
    public static async Task AddContentAsync(this ISender sender, BoardData data, Block card, params Block[] content)
    {
        foreach (var block in content)
        {
            block.ParentId = card.Id;
        }

        var inserted = await sender.InsertAsync(data, content);
        var order = CardValues.ContentOrder(card).ToList();
        order.AddRange(inserted.Select(b => ViewSettings.Json(b.Id)));
        var patched = await sender.Send(new PatchCardRequest(card.Id, new CardPatch { ContentOrder = order }));
        data.Apply(patched.ToBlockWithTimes());
    }

    /// <summary>The card's block with the card's ids and times, as the board's block list holds it.</summary>
    private static Block ToBlockWithTimes(this Card card)
    {
        var block = card.ToBlock();
        block.CreatedBy = card.CreatedBy;
        block.ModifiedBy = card.ModifiedBy;
        block.CreateAt = card.CreateAt;
        block.UpdateAt = card.UpdateAt;
        return block;
    }
}
