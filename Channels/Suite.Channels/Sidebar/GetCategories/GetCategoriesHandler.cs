using Suite.Platform.Mediator;

namespace Suite.Channels.Sidebar.GetCategories;

internal sealed class GetCategoriesHandler(SidebarAccess access, SidebarStore store) : IRequestHandler<GetCategoriesRequest, OrderedSidebarCategories>
{
    public async Task<OrderedSidebarCategories> Handle(GetCategoriesRequest request, CancellationToken cancellationToken)
    {
        var userId = await access.RequireUserAsync(request.UserId, request.TeamId, cancellationToken);
        return await store.GetAllAsync(userId, request.TeamId, cancellationToken);
    }
}
