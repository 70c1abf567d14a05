using Suite.Platform.Mediator;

namespace Suite.Channels.Sidebar.CreateCategory;

internal sealed class CreateCategoryHandler(SidebarAccess access, SidebarStore store, SidebarEvents events) : IRequestHandler<CreateCategoryRequest, SidebarCategory>
{
    public async Task<SidebarCategory> Handle(CreateCategoryRequest request, CancellationToken cancellationToken)
    {
        var userId = await access.RequireUserAsync(request.UserId, request.TeamId, cancellationToken);
        var body = request.Category;
        if (body.UserId != userId || body.TeamId != request.TeamId)
        {
            throw SidebarErrors.InvalidCategory("The category's user_id and team_id must be the URL's.");
        }

        var placeable = await store.PlaceableChannelIdsAsync(userId, request.TeamId, cancellationToken);
        var created = await store.CreateAsync(
            userId,
            request.TeamId,
            new SidebarCategory
            {
                Id = "",
                UserId = userId,
                TeamId = request.TeamId,
                Type = CategoryTypes.Custom,
                DisplayName = body.DisplayName!.Trim(),
                Sorting = body.Sorting ?? "",
                Muted = body.Muted,
                Collapsed = body.Collapsed,
                ChannelIds = (body.ChannelIds ?? []).Where(placeable.Contains).Distinct().ToList(),
            },
            cancellationToken);
        await events.CreatedAsync(userId, request.TeamId, created.Id, cancellationToken);
        return created;
    }
}
