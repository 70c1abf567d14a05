using Suite.Boards.Api;
using Suite.Platform.Realtime;

namespace Suite.Boards.Subscriptions;

/// <summary>
/// Tells the subscriber's clients about a subscription made or removed, as Focalboard's
/// <c>UPDATE_SUBSCRIPTION</c> message (<c>{action, subscription}</c>); only the subscriber hears it,
/// where Focalboard tells the whole team.
/// </summary>
internal sealed class SubscriptionBroadcaster(IRealtimePublisher publisher)
{
    public const string EventName = "custom_focalboard_UPDATE_SUBSCRIPTION";

    public async Task ChangedAsync(Subscription subscription, CancellationToken cancellationToken) =>
        await publisher.PublishAsync(
            EventName,
            BoardsJson.ToElement(new { action = "UPDATE_SUBSCRIPTION", subscription = SubscriptionResponse.From(subscription) }),
            new Broadcast { UserId = subscription.SubscriberId },
            cancellationToken);
}
