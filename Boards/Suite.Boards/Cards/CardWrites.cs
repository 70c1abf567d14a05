using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Notifications;
using Suite.Boards.Realtime;

namespace Suite.Boards.Cards;

/// <summary>Stores a new card as its block, for the API and for the contract alike.</summary>
internal sealed class CardWrites(BoardStore store, BoardBroadcaster broadcaster, BlockChangeNotifier notifier, TimeProvider time)
{
    /// <summary>
    /// Validates and inserts <paramref name="card"/> (with <paramref name="content"/>, its content blocks, in the
    /// same transaction) as <paramref name="userId"/>, and tells the board's clients.
    /// </summary>
    public async Task<Card> CreateAsync(Board board, Card card, string userId, IReadOnlyList<Block> content, CancellationToken cancellationToken)
    {
        card.Id = string.IsNullOrEmpty(card.Id) ? BoardIds.NewFor(BlockTypes.Card) : card.Id;
        if (!BoardIds.IsValidClientId(card.Id))
        {
            throw BoardsErrors.BadRequest("invalid card, ID must be 1 to 36 letters, digits, '-' or '_'");
        }

        card.BoardId = board.Id;
        card.Title ??= "";
        card.Icon ??= "";
        card.ContentOrder ??= [];
        card.Properties ??= [];
        var block = card.ToBlock();
        BlockRules.Validate(board, block);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var written in content.Prepend(block))
        {
            written.BoardId = board.Id;
            written.CreatedBy = userId;
            written.ModifiedBy = userId;
            written.CreateAt = now;
            written.UpdateAt = now;
        }

        await using (var session = store.Session())
        {
            if (await session.LoadAsync<Block>(block.Id, cancellationToken) is not null)
            {
                throw BoardsErrors.BadRequest($"block ID={block.Id} already exists");
            }

            session.Insert([block, .. content]);
            await session.SaveChangesAsync(cancellationToken);
        }

        await broadcaster.BlocksChangedAsync(board, [block, .. content], cancellationToken);
        await notifier.ChangedAsync(board, BlockChange.Added, content.Prepend(block).Select(b => ((Block?)null, b)).ToList(), userId);

        return Card.From(block);
    }
}
