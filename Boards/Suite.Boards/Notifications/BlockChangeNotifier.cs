using System.Text.Json;
using Microsoft.Extensions.Logging;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Boards.Subscriptions;
using Suite.Platform.Identity;

namespace Suite.Boards.Notifications;

/// <summary>What happened to a block, as Focalboard's notify service is told (<c>notify.Add</c>, <c>Update</c>, <c>Delete</c>).</summary>
internal enum BlockChange
{
    Added,
    Updated,
    Deleted,
}

/// <summary>
/// Hears every committed block change (the block handlers call it, as Focalboard's app layer calls its notify
/// service) and turns it into notices: a direct message from the Boards bot to whoever is newly @mentioned in
/// a card's text or comment or newly assigned through a person property, subscriptions for the card's
/// author, commenters, mentioned and assigned people, and the change itself into the card's digest for its
/// subscribers. Nothing here fails the change: problems are logged.
/// </summary>
internal sealed class BlockChangeNotifier(
    BoardStore store, BoardAccess access, BoardMembers members, SubscriptionStore subscriptions, CardDigests digests, DigestWorker worker,
    BoardsMessenger messenger, IUserDirectory directory, CardLinks links, TimeProvider time, ILogger<BlockChangeNotifier> logger)
{
    private static readonly HashSet<string> MentionTypes = [BlockTypes.Text, BlockTypes.Comment, BlockTypes.Image];

    public Task ChangedAsync(Board board, BlockChange change, Block? before, Block after, string actorId) =>
        ChangedAsync(board, change, [(before, after)], actorId);

    /// <summary>
    /// The same for several blocks changed together (a batch insert, a card with its content): the parent cards, the
    /// subscriptions to add and the followed cards are read in one query each, not one per block.
    /// </summary>
    public async Task ChangedAsync(Board board, BlockChange change, IReadOnlyList<(Block? Before, Block After)> blocks, string actorId)
    {
        try
        {
            await NotifyAsync(board, change, blocks, actorId, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Notices for {Count} blocks on board {Board} failed", blocks.Count, board.Id);
        }
    }

    private async Task NotifyAsync(Board board, BlockChange change, IReadOnlyList<(Block? Before, Block After)> blocks, string actorId, CancellationToken cancellationToken)
    {
        var cards = await CardsOfAsync(board, blocks.Select(b => b.After).ToList(), cancellationToken);
        var changed = blocks.Where(b => cards.ContainsKey(b.After.Id)).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        if (change == BlockChange.Added)
        {
            var followedByAuthor = changed.Where(b => b.After.Type is BlockTypes.Card or BlockTypes.Comment).Select(b => cards[b.After.Id].Id).Distinct().ToList();
            await subscriptions.SubscribeManyAsync(BlockTypes.Card, followedByAuthor, actorId, cancellationToken);
        }

        if (change != BlockChange.Deleted)
        {
            var author = new Lazy<Task<string>>(async () =>
                await directory.FindByIdsAsync([actorId], cancellationToken) is [var found, ..] ? found.Username : "unknown_user");
            foreach (var (before, after) in changed)
            {
                var card = cards[after.Id];
                if (MentionTypes.Contains(after.Type))
                {
                    await MentionsAsync(board, card, before, after, actorId, author, cancellationToken);
                }

                if (after.Type == BlockTypes.Card)
                {
                    await AssignmentsAsync(board, card, before, actorId, author, cancellationToken);
                }
            }
        }

        var changesByCard = changed
            .Select(b => (CardId: cards[b.After.Id].Id, Changes: Changes(board, change, b.Before, b.After, actorId)))
            .Where(c => c.Changes.Count > 0)
            .GroupBy(c => c.CardId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(c => c.Changes).ToList(), StringComparer.Ordinal);
        var followed = await subscriptions.FollowedAsync(changesByCard.Keys, board.Id, cancellationToken);
        foreach (var (cardId, changes) in changesByCard.Where(c => followed.Contains(c.Key)))
        {
            await digests.RecordAsync(cardId, board.Id, changes, cancellationToken);
        }

        if (changesByCard.Keys.Any(followed.Contains))
        {
            worker.Wake();
        }
    }

    private async Task MentionsAsync(Board board, Block card, Block? before, Block after, string actorId, Lazy<Task<string>> author, CancellationToken cancellationToken)
    {
        var mentioned = Mentions.In(after.Title);
        mentioned.ExceptWith(Mentions.In(before?.Title));
        if (mentioned.Count == 0)
        {
            return;
        }

        var actorRights = await access.RightsAsync(board, new Actor(actorId, false), cancellationToken);
        foreach (var user in await directory.FindByUsernamesAsync(mentioned, cancellationToken))
        {
            if (user.IsBot || user.IsDeleted || user.Id == actorId || !await MayBeToldAsync(board, user.Id, actorRights, cancellationToken))
            {
                continue;
            }

            var template = after.Type == BlockTypes.Comment
                ? "@{0} mentioned you in a comment on the card {1} in board {2}\n> {3}"
                : "@{0} mentioned you in the card {1} in board {2}\n> {3}";
            var message = string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                template,
                await author.Value,
                CardLinks.Markdown(CardLinks.CardTitle(card.Title), links.Card(board, card.Id)),
                CardLinks.Markdown(CardLinks.BoardTitle(board), links.Board(board)),
                Mentions.Extract(after.Title, user.Username));
            await messenger.DirectAsync(user.Id, message, null, cancellationToken);
            await subscriptions.SubscribeAsync(BlockTypes.Card, card.Id, user.Id, cancellationToken);
        }
    }

    /// <summary>
    /// Focalboard's rule for mentions: on an open board, someone who may comment may mention any member of the
    /// team, who is then made a member of the board (with the board's minimum role, at least viewer); otherwise
    /// only people who may already view the board are told.
    /// </summary>
    private async Task<bool> MayBeToldAsync(Board board, string userId, BoardAccessRights actorRights, CancellationToken cancellationToken)
    {
        var rights = await access.RightsAsync(board, new Actor(userId, false), cancellationToken);
        if (rights.Has(BoardPermission.ViewBoard))
        {
            return true;
        }

        if (board.Type != Board.Open || !rights.InTeam || !actorRights.Has(BoardPermission.CommentBoardCards))
        {
            return false;
        }

        var role = BoardRoles.Stronger(board.MinimumRole, BoardRoles.Viewer);
        await members.AddAsync(board, new BoardMembership
        {
            UserId = userId,
            SchemeViewer = true,
            SchemeCommenter = BoardRoles.Rank(role) >= BoardRoles.Rank(BoardRoles.Commenter),
            SchemeEditor = BoardRoles.Rank(role) >= BoardRoles.Rank(BoardRoles.Editor),
        }, cancellationToken);
        return true;
    }

    private async Task AssignmentsAsync(Board board, Block card, Block? before, string actorId, Lazy<Task<string>> author, CancellationToken cancellationToken)
    {
        var assigned = Assignees(board, card);
        if (before is not null)
        {
            assigned.ExceptWith(Assignees(board, before));
        }

        assigned.Remove(actorId);
        if (assigned.Count == 0)
        {
            return;
        }

        foreach (var user in await directory.FindByIdsAsync(assigned, cancellationToken))
        {
            if (user.IsBot || user.IsDeleted || !(await access.RightsAsync(board, new Actor(user.Id, false), cancellationToken)).Has(BoardPermission.ViewBoard))
            {
                continue;
            }

            var message = $"@{await author.Value} assigned you to the card {CardLinks.Markdown(CardLinks.CardTitle(card.Title), links.Card(board, card.Id))} in board {CardLinks.Markdown(CardLinks.BoardTitle(board), links.Board(board))}";
            await messenger.DirectAsync(user.Id, message, null, cancellationToken);
            await subscriptions.SubscribeAsync(BlockTypes.Card, card.Id, user.Id, cancellationToken);
        }
    }

    /// <summary>The user ids in a card's person and multi-person properties.</summary>
    public static HashSet<string> Assignees(Board board, Block card)
    {
        var people = new HashSet<string>(StringComparer.Ordinal);
        var properties = Properties(card);
        foreach (var property in board.CardProperties)
        {
            if (properties.TryGetValue(property.Id, out var value))
            {
                people.UnionWith(PropertyDisplay.People(property, value));
            }
        }

        return people;
    }

    private List<CardChange> Changes(Board board, BlockChange change, Block? before, Block after, string actorId)
    {
        var at = time.GetUtcNow().ToUnixTimeMilliseconds();
        var changes = new List<CardChange>();
        CardChange Make(string kind, string key, JsonElement? old, JsonElement? @new) =>
            new() { At = at, AuthorId = actorId, Kind = kind, Key = key, BlockType = after.Type, Old = old, New = @new };

        if (after.Type == BlockTypes.Card)
        {
            if (change == BlockChange.Deleted)
            {
                changes.Add(Make(CardChange.CardDeleted, after.Id, null, null));
            }
            else if (change == BlockChange.Updated && before is not null)
            {
                if (before.Title != after.Title)
                {
                    changes.Add(Make(CardChange.Title, "", Json(before.Title), Json(after.Title)));
                }

                var old = Properties(before);
                var now = Properties(after);
                foreach (var key in old.Keys.Union(now.Keys).Where(k => board.CardProperties.Any(p => p.Id == k)))
                {
                    JsonElement? was = old.TryGetValue(key, out var o) ? o : null;
                    JsonElement? @is = now.TryGetValue(key, out var n) ? n : null;
                    if ((was?.GetRawText() ?? "") != (@is?.GetRawText() ?? ""))
                    {
                        changes.Add(Make(CardChange.Property, key, was, @is));
                    }
                }
            }

            return changes;
        }

        var kind = after.Type == BlockTypes.Comment ? CardChange.Comment : CardChange.Content;
        switch (change)
        {
            case BlockChange.Added:
                changes.Add(Make(kind, after.Id, null, Json(after.Title)));
                break;
            case BlockChange.Deleted:
                changes.Add(Make(kind, after.Id, Json(after.Title), null));
                break;
            case BlockChange.Updated when before is not null && before.Title != after.Title && kind == CardChange.Content:
                changes.Add(Make(kind, after.Id, Json(before.Title), Json(after.Title)));
                break;
        }

        return changes;
    }

    /// <summary>
    /// The card each block belongs to (itself for a card, its parent card for content), found among the blocks
    /// themselves or read in one query; blocks of no card, or of a card template, are left out.
    /// </summary>
    private async Task<Dictionary<string, Block>> CardsOfAsync(Board board, IReadOnlyList<Block> blocks, CancellationToken cancellationToken)
    {
        var known = blocks.Where(b => b.Type == BlockTypes.Card).GroupBy(b => b.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var missing = blocks
            .Where(b => b.Type != BlockTypes.Card && b.ParentId.Length > 0 && b.ParentId != board.Id && !known.ContainsKey(b.ParentId))
            .Select(b => b.ParentId).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            await using var session = store.QuerySession();
            foreach (var parent in await session.LoadManyAsync<Block>(cancellationToken, missing))
            {
                known[parent.Id] = parent;
            }
        }

        var cards = new Dictionary<string, Block>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            var card = block.Type == BlockTypes.Card ? block
                : block.ParentId.Length > 0 && block.ParentId != board.Id ? known.GetValueOrDefault(block.ParentId)
                : null;
            if (card is { Type: BlockTypes.Card } && card.BoardId == board.Id && !IsTemplate(card))
            {
                cards[block.Id] = card;
            }
        }

        return cards;
    }

    private static bool IsTemplate(Block card) => card.Fields.TryGetValue("isTemplate", out var template) && template.ValueKind == JsonValueKind.True;

    private static Dictionary<string, JsonElement> Properties(Block card) =>
        card.Fields.TryGetValue("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? properties.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone())
            : [];

    private static JsonElement Json(string text) => JsonSerializer.SerializeToElement(text);
}
