using Suite.Platform.Mediator;

namespace Suite.Channels.Sidebar.GetCategory;

internal sealed class GetCategoryHandler(SidebarAccess access) : IRequestHandler<GetCategoryRequest, SidebarCategory>
{
    public async Task<SidebarCategory> Handle(GetCategoryRequest request, CancellationToken cancellationToken)
    {
        var userId = await access.RequireUserAsync(request.UserId, request.TeamId, cancellationToken);
        return await access.RequireCategoryAsync(userId, request.TeamId, request.CategoryId, cancellationToken);
    }
}
