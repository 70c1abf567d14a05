using Suite.Platform.Mediator;

namespace Suite.Channels.Sidebar.GetCategoryOrder;

internal sealed class GetCategoryOrderHandler(SidebarAccess access, SidebarStore store) : IRequestHandler<GetCategoryOrderRequest, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(GetCategoryOrderRequest request, CancellationToken cancellationToken)
    {
        var userId = await access.RequireUserAsync(request.UserId, request.TeamId, cancellationToken);
        await store.EnsureDefaultsAsync(userId, request.TeamId, cancellationToken);
        return await store.OrderAsync(userId, request.TeamId, cancellationToken);
    }
}
