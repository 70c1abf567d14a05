using Dapper;
using Npgsql;
using Suite.Platform.Identity;

namespace Suite.Channels.Posts.Writing;

/// <summary>Reads a channel's members as the write path needs them, inside the write's transaction (under the channel's lock).</summary>
internal sealed class ChannelMembersLoader(IUserDirectory users)
{
    public async Task<ChannelMemberCache> LoadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string channelId, long version, CancellationToken cancellationToken)
    {
        var rows = (await connection.QueryAsync<MemberRow>(new CommandDefinition(
            "SELECT user_id, notify_props FROM channels.channel_members WHERE channel_id = @channelId",
            new { channelId },
            transaction,
            cancellationToken: cancellationToken))).AsList();
        var names = (await users.FindByIdsAsync(rows.Select(r => r.UserId).ToArray(), cancellationToken)).ToDictionary(u => u.Id, u => u.Username);
        return new ChannelMemberCache(version, rows.Select(r => CachedMember.From(r.UserId, names.GetValueOrDefault(r.UserId, ""), r.NotifyProps)).ToList());
    }

    private sealed class MemberRow
    {
        public string UserId { get; init; } = "";
        public Dictionary<string, string> NotifyProps { get; init; } = [];
    }
}
