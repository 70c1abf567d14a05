using Dapper;
using Suite.Channels.Api;
using Suite.Channels.Channels;
using Suite.Channels.Realtime;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.ViewChannels;

internal sealed class ViewChannelsHandler(ChannelStore store, ICurrentUser currentUser, ChannelEvents events, TimeProvider time)
    : IRequestHandler<ViewChannelsRequest, ChannelViewResponse>
{
    public async Task<ChannelViewResponse> Handle(ViewChannelsRequest request, CancellationToken cancellationToken)
    {
        var userId = Me.RequireSelf(currentUser, request.UserId);
        var times = new Dictionary<string, long>(StringComparer.Ordinal);
        if (request.ChannelIds.Count > 0)
        {
            await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
            var rows = await connection.QueryAsync<(string ChannelId, long LastViewedAt)>(new CommandDefinition(
                """
                UPDATE channels.channel_members m
                   SET last_viewed_at = GREATEST(m.last_viewed_at, c.last_post_at), msg_count = c.total_msg_count,
                       msg_count_root = c.total_msg_count_root, mention_count = 0, mention_count_root = 0, urgent_mention_count = 0,
                       last_update_at = @now
                  FROM channels.channels c
                 WHERE c.id = m.channel_id AND m.user_id = @userId AND m.channel_id = ANY(@channelIds)
                   AND (m.msg_count <> c.total_msg_count OR m.msg_count_root <> c.total_msg_count_root OR m.mention_count > 0
                        OR m.mention_count_root > 0 OR m.last_viewed_at < c.last_post_at)
                RETURNING m.channel_id, m.last_viewed_at
                """,
                new { userId, channelIds = request.ChannelIds.Distinct().ToArray(), now = time.GetUtcNow().ToUnixTimeMilliseconds() },
                cancellationToken: cancellationToken));
            foreach (var (channelId, lastViewedAt) in rows)
            {
                times[channelId] = lastViewedAt;
            }
        }

        if (times.Count > 0)
        {
            await events.ChannelsViewedAsync(userId, times, cancellationToken);
        }

        return new ChannelViewResponse("OK", times);
    }
}
