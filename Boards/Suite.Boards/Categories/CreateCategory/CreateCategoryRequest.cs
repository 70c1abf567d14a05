using Suite.Boards.Api;
using Suite.Boards.Members;
using Suite.Platform;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Categories.CreateCategory;

/// <summary><c>POST /teams/{teamId}/categories</c>: a new custom category of the caller (the body names the caller and the team), with the boards the body lists.</summary>
internal sealed record CreateCategoryRequest(string TeamId, CategoryBoards Category) : IRequest<CategoryResponse>;

internal sealed class CreateCategoryHandler(CategoryBook book, TeamGate team, BoardAccess access, ICurrentUser user, TimeProvider time)
    : IRequestHandler<CreateCategoryRequest, CategoryResponse>
{
    public async Task<CategoryResponse> Handle(CreateCategoryRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var category = request.Category;
        CategoryRules.Validate(category, actor.UserId, request.TeamId, $"userID {actor.UserId} and category userID {category.UserId} mismatch");
        await team.RequireMemberAsync(request.TeamId, actor, cancellationToken);
        var boards = (category.BoardMetadata ?? []).Select(m => m.BoardId).Distinct().ToList();
        foreach (var boardId in boards)
        {
            await RequireViewableAsync(access, boardId, request.TeamId, actor, cancellationToken);
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var created = new CategoryBoards
        {
            Id = Ids.New(),
            Name = category.Name,
            UserId = actor.UserId,
            TeamId = request.TeamId,
            CreateAt = now,
            UpdateAt = now,
            Collapsed = category.Collapsed,
            SortOrder = Math.Max(0, category.SortOrder),
            Sorting = category.Sorting,
            Type = CategoryBoards.Custom,
        };
        await book.ChangeAsync(actor.UserId, request.TeamId, categories =>
        {
            categories.Categories.Add(created);
            CategoryBook.Move(categories, created, boards);
            return true;
        }, cancellationToken);
        await book.CategoryChangedAsync(created, cancellationToken);
        return CategoryBook.Summary(created);
    }

    /// <summary>A board may be filed only by someone who may see it, in its own team.</summary>
    public static async Task RequireViewableAsync(BoardAccess access, string boardId, string teamId, Actor actor, CancellationToken cancellationToken)
    {
        var (board, _) = await access.RequireAsync(boardId ?? "", actor, BoardPermission.ViewBoard, "access denied to board", cancellationToken);
        if (board.TeamId != teamId)
        {
            throw BoardsErrors.BadRequest($"board {board.Id} is not in team {teamId}");
        }
    }
}
