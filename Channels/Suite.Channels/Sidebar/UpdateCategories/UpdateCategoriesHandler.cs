using Suite.Platform.Mediator;

namespace Suite.Channels.Sidebar.UpdateCategories;

internal sealed class UpdateCategoriesHandler(SidebarAccess access, SidebarUpdates updates) : IRequestHandler<UpdateCategoriesRequest, IReadOnlyList<SidebarCategory>>
{
    public async Task<IReadOnlyList<SidebarCategory>> Handle(UpdateCategoriesRequest request, CancellationToken cancellationToken)
    {
        var userId = await access.RequireUserAsync(request.UserId, request.TeamId, cancellationToken);
        var requested = request.Categories.Select(c => c.ToCategory(c.Id!, userId, request.TeamId)).ToList();
        return await updates.ApplyAsync(userId, request.TeamId, requested, cancellationToken);
    }
}
