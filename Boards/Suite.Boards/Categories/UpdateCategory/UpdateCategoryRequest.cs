using Suite.Boards.Api;
using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Categories.UpdateCategory;

/// <summary>
/// <c>PUT /teams/{teamId}/categories/{categoryId}</c>: renames, collapses, re-sorts one of the caller's
/// categories; the default category keeps its name. Its boards are changed by the board routes.
/// </summary>
internal sealed record UpdateCategoryRequest(string TeamId, string CategoryId, CategoryBoards Category) : IRequest<CategoryResponse>;

internal sealed class UpdateCategoryHandler(CategoryBook book, TeamGate team, ICurrentUser user, TimeProvider time)
    : IRequestHandler<UpdateCategoryRequest, CategoryResponse>
{
    public async Task<CategoryResponse> Handle(UpdateCategoryRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var sent = request.Category;
        if (sent.Id != request.CategoryId)
        {
            throw BoardsErrors.BadRequest("categoryID mismatch in patch and body");
        }

        CategoryRules.Validate(sent, actor.UserId, request.TeamId, "user ID mismatch in session and category");
        await team.RequireMemberAsync(request.TeamId, actor, cancellationToken);
        CategoryBoards? updated = null;
        await book.ChangeAsync(actor.UserId, request.TeamId, categories =>
        {
            var category = CategoryRules.Find(categories, request.CategoryId);
            if (category.Type == CategoryBoards.Custom)
            {
                category.Name = sent.Name;
            }

            category.Collapsed = sent.Collapsed;
            category.SortOrder = Math.Max(0, sent.SortOrder);
            category.Sorting = sent.Sorting;
            category.UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds();
            updated = category;
            return true;
        }, cancellationToken);
        await book.CategoryChangedAsync(updated!, cancellationToken);
        return CategoryBook.Summary(updated!);
    }
}
