using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Api;
using Suite.Platform.Realtime;

namespace Suite.Channels.Sidebar;

/// <summary>Mattermost's <c>sidebar_category_*</c> events: each reaches only the user whose sidebar changed, naming the team.</summary>
internal sealed class SidebarEvents(IServiceProvider services)
{
    private readonly IRealtimePublisher? _publisher = services.GetService<IRealtimePublisher>();

    public ValueTask CreatedAsync(string userId, string teamId, string categoryId, CancellationToken cancellationToken) =>
        PublishAsync("sidebar_category_created", new Dictionary<string, object?> { ["category_id"] = categoryId }, userId, teamId, cancellationToken);

    /// <summary>As Mattermost, the categories travel as one JSON string.</summary>
    public ValueTask UpdatedAsync(string userId, string teamId, IReadOnlyList<SidebarCategory> categories, CancellationToken cancellationToken) =>
        PublishAsync(
            "sidebar_category_updated",
            new Dictionary<string, object?> { ["updatedCategories"] = JsonSerializer.Serialize(categories, ApiJson.Options) },
            userId,
            teamId,
            cancellationToken);

    public ValueTask DeletedAsync(string userId, string teamId, string categoryId, CancellationToken cancellationToken) =>
        PublishAsync("sidebar_category_deleted", new Dictionary<string, object?> { ["category_id"] = categoryId }, userId, teamId, cancellationToken);

    public ValueTask OrderUpdatedAsync(string userId, string teamId, IReadOnlyList<string> order, CancellationToken cancellationToken) =>
        PublishAsync("sidebar_category_order_updated", new Dictionary<string, object?> { ["order"] = order }, userId, teamId, cancellationToken);

    private ValueTask PublishAsync(string eventName, Dictionary<string, object?> data, string userId, string teamId, CancellationToken cancellationToken) =>
        _publisher?.PublishAsync(eventName, data, Broadcast.ToUser(userId) with { TeamId = teamId }, cancellationToken) ?? ValueTask.CompletedTask;
}
