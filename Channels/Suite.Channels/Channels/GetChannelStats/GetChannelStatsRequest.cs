using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.GetChannelStats;

/// <summary><c>GET /api/v4/channels/{channel_id}/stats</c>.</summary>
internal sealed record GetChannelStatsRequest(string ChannelId) : IRequest<ChannelStats>;

/// <summary>Mattermost's <c>ChannelStats</c>.</summary>
internal sealed record ChannelStats(string ChannelId, long MemberCount, long GuestCount, long PinnedpostCount, long FilesCount);
