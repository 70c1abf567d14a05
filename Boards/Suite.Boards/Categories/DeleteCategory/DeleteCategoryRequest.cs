using Suite.Boards.Api;
using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Categories.DeleteCategory;

/// <summary>
/// <c>DELETE /teams/{teamId}/categories/{categoryId}</c>: deletes one of the caller's custom categories
/// (the default one cannot be) and moves its boards to the default category; answers the deleted category.
/// </summary>
internal sealed record DeleteCategoryRequest(string TeamId, string CategoryId) : IRequest<CategoryResponse>;

internal sealed class DeleteCategoryHandler(CategoryBook book, TeamGate team, ICurrentUser user, TimeProvider time)
    : IRequestHandler<DeleteCategoryRequest, CategoryResponse>
{
    public async Task<CategoryResponse> Handle(DeleteCategoryRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        await team.RequireMemberAsync(request.TeamId, actor, cancellationToken);
        CategoryBoards? deleted = null;
        CategoryBoards? fallback = null;
        await book.ChangeAsync(actor.UserId, request.TeamId, categories =>
        {
            var category = CategoryRules.Find(categories, request.CategoryId);
            if (category.Type == CategoryBoards.System)
            {
                throw BoardsErrors.BadRequest("cannot delete a system category");
            }

            fallback = CategoryBook.Default(categories);
            CategoryBook.Move(categories, fallback, category.BoardMetadata.Select(m => m.BoardId).ToList());
            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            category.DeleteAt = now;
            category.UpdateAt = now;
            deleted = category;
            return true;
        }, cancellationToken);
        await book.CategoryChangedAsync(deleted!, cancellationToken);
        return CategoryBook.Summary(deleted!);
    }
}
