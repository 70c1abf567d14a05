using Suite.Platform.Mediator;

namespace Suite.Channels.Threads.GetThreadMentionCounts;

/// <summary><c>GET /api/v4/users/{user_id}/teams/{team_id}/threads/mention_counts</c>: per channel, the unread mentions in followed threads.</summary>
internal sealed record GetThreadMentionCountsRequest(string UserId, string TeamId) : IRequest<IReadOnlyDictionary<string, long>>, ITeamScopedRequest;
