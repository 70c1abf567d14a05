using Suite.Platform.Mediator;

namespace Suite.Channels.Sidebar.UpdateCategory;

internal sealed class UpdateCategoryHandler(SidebarAccess access, SidebarUpdates updates) : IRequestHandler<UpdateCategoryRequest, SidebarCategory>
{
    public async Task<SidebarCategory> Handle(UpdateCategoryRequest request, CancellationToken cancellationToken)
    {
        var userId = await access.RequireUserAsync(request.UserId, request.TeamId, cancellationToken);
        await access.RequireCategoryAsync(userId, request.TeamId, request.CategoryId, cancellationToken);
        if (request.Category.UserId != userId || request.Category.TeamId != request.TeamId)
        {
            throw SidebarErrors.InvalidCategory("The category's user_id and team_id must be the URL's.");
        }

        var updated = await updates.ApplyAsync(userId, request.TeamId, [request.Category.ToCategory(request.CategoryId, userId, request.TeamId)], cancellationToken);
        return updated[0];
    }
}
