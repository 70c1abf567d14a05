using Suite.Boards.Api;
using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Categories.ReorderCategoryBoards;

/// <summary><c>PUT /teams/{teamId}/categories/{categoryId}/boards/reorder</c>: the body is every board id of the category in the new order; answers the order.</summary>
internal sealed record ReorderCategoryBoardsRequest(string TeamId, string CategoryId, IReadOnlyList<string> Order) : IRequest<IReadOnlyList<string>>;

internal sealed class ReorderCategoryBoardsHandler(CategoryBook book, TeamGate team, ICurrentUser user)
    : IRequestHandler<ReorderCategoryBoardsRequest, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(ReorderCategoryBoardsRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        await team.RequireMemberAsync(request.TeamId, actor, cancellationToken, "access denied to category");
        await book.ChangeAsync(actor.UserId, request.TeamId, categories =>
        {
            var category = categories.Categories.FirstOrDefault(c => c.Id == request.CategoryId && c.DeleteAt == 0)
                ?? throw BoardsErrors.Forbidden("access denied to category");
            var current = category.BoardMetadata;
            if (request.Order.Count != current.Count || request.Order.Distinct().Count() != current.Count || request.Order.Any(id => current.All(m => m.BoardId != id)))
            {
                throw BoardsErrors.BadRequest($"cannot update category boards order, the new order must list each of the category's {current.Count} boards once");
            }

            category.BoardMetadata = request.Order.Select(id => current.First(m => m.BoardId == id)).ToList();
            return true;
        }, cancellationToken);
        await book.CategoryBoardsReorderedAsync(actor.UserId, request.TeamId, request.CategoryId, request.Order, cancellationToken);
        return request.Order;
    }
}
