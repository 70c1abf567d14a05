using Marten;
using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Platform;
using Suite.Platform.Realtime;

namespace Suite.Boards.Categories;

/// <summary>
/// A user's sidebar categories in a team, as Focalboard keeps them: a system category "Boards" that
/// exists for everyone (made on first read) and takes every board the user is an explicit member of
/// and has not put elsewhere, and custom categories. Changes go to the user's own clients.
/// </summary>
internal sealed class CategoryBook(BoardStore store, IRealtimePublisher publisher, TimeProvider time)
{
    public const string UpdateCategory = "UPDATE_CATEGORY";
    public const string UpdateBoardCategory = "UPDATE_BOARD_CATEGORY";
    public const string ReorderCategories = "REORDER_CATEGORIES";
    public const string ReorderCategoryBoards = "REORDER_CATEGORY_BOARDS";

    /// <summary>The live categories in sidebar order, each with its live boards.</summary>
    public async Task<IReadOnlyList<CategoryBoards>> ReadAsync(string userId, string teamId, CancellationToken cancellationToken)
    {
        var stored = await ChangeAsync(userId, teamId, _ => false, cancellationToken);
        await using var session = store.QuerySession();
        var boardIds = stored.Categories.SelectMany(c => c.BoardMetadata).Select(m => m.BoardId).Distinct().ToArray();
        var live = (await session.Query<Board>().Where(b => b.Id.IsOneOf(boardIds) && b.DeleteAt == 0).Select(b => b.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var category in stored.Categories)
        {
            category.BoardMetadata = category.BoardMetadata.Where(m => live.Contains(m.BoardId)).ToList();
        }

        return Live(stored);
    }

    /// <summary>
    /// Reads the user's categories (creating the default one and filing uncategorised member boards
    /// in it), lets <paramref name="change"/> modify them (false: nothing to store), and stores them.
    /// </summary>
    public async Task<UserCategories> ChangeAsync(string userId, string teamId, Func<UserCategories, bool> change, CancellationToken cancellationToken)
    {
        var id = UserCategories.IdOf(userId, teamId);
        var memberBoards = await MemberBoardsAsync(userId, teamId, cancellationToken);
        await EnsureExistsAsync(id, userId, teamId, cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return (await store.ChangeAsync<UserCategories>(id, (categories, _) =>
        {
            var filed = FileDefault(categories, memberBoards, now);
            return change(categories) | filed;
        }, cancellationToken))!;
    }

    public static IReadOnlyList<CategoryBoards> Live(UserCategories categories) =>
        categories.Categories.Where(c => c.DeleteAt == 0).OrderBy(c => c.SortOrder).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();

    public static CategoryBoards Default(UserCategories categories) =>
        categories.Categories.First(c => c.Type == CategoryBoards.System && c.Name == CategoryBoards.DefaultName && c.DeleteAt == 0);

    /// <summary>Puts <paramref name="boardIds"/> at the top of <paramref name="target"/>, out of every other category.</summary>
    public static void Move(UserCategories categories, CategoryBoards target, IReadOnlyList<string> boardIds)
    {
        var moved = new HashSet<string>(boardIds, StringComparer.Ordinal);
        var hidden = categories.Categories.SelectMany(c => c.BoardMetadata).Where(m => moved.Contains(m.BoardId) && m.Hidden).Select(m => m.BoardId).ToHashSet(StringComparer.Ordinal);
        foreach (var category in categories.Categories)
        {
            category.BoardMetadata.RemoveAll(m => moved.Contains(m.BoardId));
        }

        target.BoardMetadata.InsertRange(0, boardIds.Distinct().Select(b => new CategoryBoardMetadata { BoardId = b, Hidden = hidden.Contains(b) }));
    }

    public Task CategoryChangedAsync(CategoryBoards category, CancellationToken cancellationToken) =>
        PublishAsync(category.UserId, UpdateCategory, new CategoryMessage(UpdateCategory, category.TeamId, Summary(category)), cancellationToken);

    public Task BoardsFiledAsync(string userId, string teamId, CategoryBoards category, IEnumerable<CategoryBoardMetadata> boards, CancellationToken cancellationToken) =>
        PublishAsync(userId, UpdateBoardCategory, new BoardCategoriesMessage(UpdateBoardCategory, teamId, boards.Select(b => new BoardCategory(b.BoardId, category.Id, b.Hidden)).ToList()), cancellationToken);

    public Task CategoriesReorderedAsync(string userId, string teamId, IReadOnlyList<string> order, CancellationToken cancellationToken) =>
        PublishAsync(userId, ReorderCategories, new CategoryOrderMessage(ReorderCategories, order, teamId), cancellationToken);

    public Task CategoryBoardsReorderedAsync(string userId, string teamId, string categoryId, IReadOnlyList<string> order, CancellationToken cancellationToken) =>
        PublishAsync(userId, ReorderCategoryBoards, new CategoryBoardOrderMessage(ReorderCategoryBoards, categoryId, order, teamId), cancellationToken);

    /// <summary>The category without its boards, as Focalboard's <c>Category</c> (the answer to create, update and delete).</summary>
    public static CategoryResponse Summary(CategoryBoards c) =>
        new(c.Id, c.Name, c.UserId, c.TeamId, c.CreateAt, c.UpdateAt, c.DeleteAt, c.Collapsed, c.SortOrder, c.Sorting, c.Type);

    private async Task PublishAsync(string userId, string action, object message, CancellationToken cancellationToken) =>
        await publisher.PublishAsync("custom_focalboard_" + action, BoardsJson.ToElement(message), Broadcast.ToUser(userId), cancellationToken);

    private async Task EnsureExistsAsync(string id, string userId, string teamId, CancellationToken cancellationToken)
    {
        await using (var query = store.QuerySession())
        {
            if (await query.LoadAsync<UserCategories>(id, cancellationToken) is not null)
            {
                return;
            }
        }

        await using var session = store.Session();
        session.Insert(new UserCategories { Id = id, UserId = userId, TeamId = teamId });
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is JasperFx.DocumentAlreadyExistsException || ex.InnerException is JasperFx.DocumentAlreadyExistsException)
        {
            // Made concurrently by another request; the same empty document.
        }
    }

    private static bool FileDefault(UserCategories categories, IReadOnlyList<string> memberBoards, long now)
    {
        var changed = false;
        var fallback = categories.Categories.FirstOrDefault(c => c.Type == CategoryBoards.System && c.Name == CategoryBoards.DefaultName && c.DeleteAt == 0);
        if (fallback is null)
        {
            fallback = new CategoryBoards
            {
                Id = Ids.New(),
                Name = CategoryBoards.DefaultName,
                UserId = categories.UserId,
                TeamId = categories.TeamId,
                Type = CategoryBoards.System,
                CreateAt = now,
                UpdateAt = now,
                SortOrder = categories.Categories.Count(c => c.DeleteAt == 0) * CategoryBoards.SortOrderGap,
            };
            categories.Categories.Add(fallback);
            changed = true;
        }

        var filed = categories.Categories.Where(c => c.DeleteAt == 0).SelectMany(c => c.BoardMetadata).Select(m => m.BoardId).ToHashSet(StringComparer.Ordinal);
        var unfiled = memberBoards.Where(b => !filed.Contains(b)).ToList();
        if (unfiled.Count > 0)
        {
            fallback.BoardMetadata.AddRange(unfiled.Select(b => new CategoryBoardMetadata { BoardId = b }));
            changed = true;
        }

        return changed;
    }

    private async Task<IReadOnlyList<string>> MemberBoardsAsync(string userId, string teamId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var memberOf = (await session.Query<BoardMembership>().Where(m => m.UserId == userId).Select(m => m.BoardId).ToListAsync(cancellationToken)).ToArray();
        return await session.Query<Board>()
            .Where(b => b.Id.IsOneOf(memberOf) && b.TeamId == teamId && b.DeleteAt == 0 && !b.IsTemplate)
            .OrderBy(b => b.CreateAt)
            .Select(b => b.Id)
            .ToListAsync(cancellationToken);
    }

    private sealed record CategoryMessage(string Action, string TeamId, CategoryResponse Category);

    private sealed record BoardCategoriesMessage(string Action, string TeamId, [property: System.Text.Json.Serialization.JsonPropertyName("blockCategories")] IReadOnlyList<BoardCategory> BoardCategories);

    private sealed record BoardCategory(
        [property: System.Text.Json.Serialization.JsonPropertyName("boardID")] string BoardId,
        [property: System.Text.Json.Serialization.JsonPropertyName("categoryID")] string CategoryId,
        bool Hidden);

    private sealed record CategoryOrderMessage(string Action, IReadOnlyList<string> CategoryOrder, string TeamId);

    private sealed record CategoryBoardOrderMessage(
        string Action,
        [property: System.Text.Json.Serialization.JsonPropertyName("CategoryId")] string CategoryId,
        [property: System.Text.Json.Serialization.JsonPropertyName("BoardOrder")] IReadOnlyList<string> BoardOrder,
        string TeamId);
}

/// <summary>Focalboard's <c>Category</c>.</summary>
public sealed record CategoryResponse(
    string Id,
    string Name,
    [property: System.Text.Json.Serialization.JsonPropertyName("userID")] string UserId,
    [property: System.Text.Json.Serialization.JsonPropertyName("teamID")] string TeamId,
    long CreateAt,
    long UpdateAt,
    long DeleteAt,
    bool Collapsed,
    int SortOrder,
    string Sorting,
    string Type);
