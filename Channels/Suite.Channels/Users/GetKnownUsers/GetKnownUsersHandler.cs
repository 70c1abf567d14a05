using Dapper;
using Suite.Channels.Channels;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Users.GetKnownUsers;

internal sealed class GetKnownUsersHandler(ChannelStore store, ICurrentUser currentUser) : IRequestHandler<GetKnownUsersRequest, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(GetKnownUsersRequest request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT DISTINCT other.user_id
              FROM channels.channel_members mine JOIN channels.channel_members other ON other.channel_id = mine.channel_id
             WHERE mine.user_id = @userId AND other.user_id <> @userId
             ORDER BY other.user_id
            """,
            new { userId },
            cancellationToken: cancellationToken))).AsList();
    }
}
