using Dapper;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.GetChannelStats;

internal sealed class GetChannelStatsHandler(ChannelStore store, ChannelAccess access) : IRequestHandler<GetChannelStatsRequest, ChannelStats>
{
    public async Task<ChannelStats> Handle(GetChannelStatsRequest request, CancellationToken cancellationToken)
    {
        var channel = await access.ReadableAsync(request.ChannelId, cancellationToken);
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        var (members, pinned, files) = await connection.QuerySingleAsync<(long, long, long)>(new CommandDefinition(
            """
            SELECT (SELECT count(*) FROM channels.channel_members WHERE channel_id = @id),
                   (SELECT count(*) FROM channels.posts WHERE channel_id = @id AND is_pinned AND delete_at = 0),
                   (SELECT count(*) FROM channels.file_infos WHERE channel_id = @id AND post_id <> '' AND delete_at = 0)
            """,
            new { id = channel.Id },
            cancellationToken: cancellationToken));
        return new ChannelStats(channel.Id, members, 0, pinned, files);
    }
}
