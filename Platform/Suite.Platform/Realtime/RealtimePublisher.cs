using Microsoft.Extensions.DependencyInjection;

namespace Suite.Platform.Realtime;

/// <summary>
/// Resolves an event's audience once, serializes the event once, queues it on this process's
/// connections and hands it to the cluster bus, which carries the resolved audience along so
/// other processes need not resolve it again.
/// </summary>
internal sealed class RealtimePublisher(ConnectionRegistry registry, ClusterBus bus, IServiceProvider services) : IRealtimePublisher
{
    public async ValueTask PublishAsync(RealtimeEvent realtimeEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(realtimeEvent);
        var recipients = await ResolveAsync(realtimeEvent.Broadcast ?? Broadcast.Everyone, cancellationToken);
        var prepared = PreparedEvent.Create(realtimeEvent, recipients);
        registry.Deliver(prepared);
        bus.Publish(prepared);
    }

    private async ValueTask<HashSet<string>?> ResolveAsync(Broadcast broadcast, CancellationToken cancellationToken)
    {
        if (broadcast.UserId.Length > 0 || broadcast.ConnectionId.Length > 0)
        {
            return null;
        }

        if (broadcast.UserIds is { } userIds)
        {
            return new HashSet<string>(userIds, StringComparer.Ordinal);
        }

        if (broadcast.ChannelId.Length > 0)
        {
            var audience = services.GetService<IChannelAudience>()
                ?? throw new InvalidOperationException($"No {nameof(IChannelAudience)} is registered to resolve the members of channel {broadcast.ChannelId}; pass them in {nameof(Broadcast)}.{nameof(Broadcast.UserIds)}.");
            return new HashSet<string>(await audience.GetMemberIdsAsync(broadcast.ChannelId, cancellationToken), StringComparer.Ordinal);
        }

        if (broadcast.TeamId.Length > 0)
        {
            var audience = services.GetService<ITeamAudience>()
                ?? throw new InvalidOperationException($"No {nameof(ITeamAudience)} is registered to resolve the members of team {broadcast.TeamId}; pass them in {nameof(Broadcast)}.{nameof(Broadcast.UserIds)}.");
            return new HashSet<string>(await audience.GetMemberIdsAsync(broadcast.TeamId, cancellationToken), StringComparer.Ordinal);
        }

        return null;
    }
}
