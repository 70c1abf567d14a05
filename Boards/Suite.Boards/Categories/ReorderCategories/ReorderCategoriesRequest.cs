using Suite.Boards.Api;
using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Categories.ReorderCategories;

/// <summary><c>PUT /teams/{teamId}/categories/reorder</c>: the body is every category id of the caller in the new order; answers the order.</summary>
internal sealed record ReorderCategoriesRequest(string TeamId, IReadOnlyList<string> Order) : IRequest<IReadOnlyList<string>>;

internal sealed class ReorderCategoriesHandler(CategoryBook book, TeamGate team, ICurrentUser user)
    : IRequestHandler<ReorderCategoriesRequest, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(ReorderCategoriesRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        await team.RequireMemberAsync(request.TeamId, actor, cancellationToken, "access denied to category");
        await book.ChangeAsync(actor.UserId, request.TeamId, categories =>
        {
            var live = CategoryBook.Live(categories);
            if (request.Order.Count != live.Count || request.Order.Distinct().Count() != live.Count || request.Order.Any(id => live.All(c => c.Id != id)))
            {
                throw BoardsErrors.BadRequest($"cannot update category order, the new order must list each of the {live.Count} categories once");
            }

            for (var i = 0; i < request.Order.Count; i++)
            {
                live.First(c => c.Id == request.Order[i]).SortOrder = i * CategoryBoards.SortOrderGap;
            }

            return true;
        }, cancellationToken);
        await book.CategoriesReorderedAsync(actor.UserId, request.TeamId, request.Order, cancellationToken);
        return request.Order;
    }
}
