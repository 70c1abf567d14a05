using Suite.Platform.Mediator;

namespace Suite.Channels.Sidebar.DeleteCategory;

internal sealed class DeleteCategoryHandler(SidebarAccess access, SidebarStore store, SidebarEvents events) : IRequestHandler<DeleteCategoryRequest, Unit>
{
    public async Task<Unit> Handle(DeleteCategoryRequest request, CancellationToken cancellationToken)
    {
        var userId = await access.RequireUserAsync(request.UserId, request.TeamId, cancellationToken);
        await access.RequireCategoryAsync(userId, request.TeamId, request.CategoryId, cancellationToken);
        if (!await store.DeleteCustomAsync(request.CategoryId, cancellationToken))
        {
            throw SidebarErrors.NotCustom();
        }

        await events.DeletedAsync(userId, request.TeamId, request.CategoryId, cancellationToken);
        return Unit.Value;
    }
}
