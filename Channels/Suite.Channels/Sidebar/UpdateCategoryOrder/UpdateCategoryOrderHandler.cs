using Suite.Platform.Mediator;

namespace Suite.Channels.Sidebar.UpdateCategoryOrder;

internal sealed class UpdateCategoryOrderHandler(SidebarAccess access, SidebarStore store, SidebarEvents events) : IRequestHandler<UpdateCategoryOrderRequest, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(UpdateCategoryOrderRequest request, CancellationToken cancellationToken)
    {
        var userId = await access.RequireUserAsync(request.UserId, request.TeamId, cancellationToken);
        if (!await store.UpdateOrderAsync(userId, request.TeamId, request.Order, cancellationToken))
        {
            throw SidebarErrors.InvalidCategory("The order must list each of the user's categories in the team exactly once.");
        }

        await events.OrderUpdatedAsync(userId, request.TeamId, request.Order, cancellationToken);
        return request.Order;
    }
}
