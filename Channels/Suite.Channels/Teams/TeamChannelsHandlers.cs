using Dapper;
using Suite.Channels.Channels;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Channels.Teams;

/// <summary>A new team gets its default channels, with its creator in them.</summary>
internal sealed class TeamCreatedHandler(DefaultChannels defaults) : INotificationHandler<TeamCreated>
{
    public Task Handle(TeamCreated notification, CancellationToken cancellationToken) =>
        defaults.JoinAsync(notification.TeamId, notification.CreatorId, cancellationToken);
}

/// <summary>A user joining a team joins its default channels.</summary>
internal sealed class TeamMemberAddedHandler(DefaultChannels defaults) : INotificationHandler<TeamMemberAdded>
{
    public Task Handle(TeamMemberAdded notification, CancellationToken cancellationToken) =>
        defaults.JoinAsync(notification.TeamId, notification.UserId, cancellationToken);
}

/// <summary>A user leaving a team leaves every channel of the team, as in Mattermost.</summary>
internal sealed class TeamMemberRemovedHandler(ChannelStore store) : INotificationHandler<TeamMemberRemoved>
{
    public async Task Handle(TeamMemberRemoved notification, CancellationToken cancellationToken)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            WITH d AS (
                DELETE FROM channels.channel_members m USING channels.channels c
                 WHERE c.id = m.channel_id AND c.team_id = @teamId AND m.user_id = @userId RETURNING m.channel_id)
            UPDATE channels.channels SET member_version = member_version + 1 WHERE id IN (SELECT channel_id FROM d)
            """,
            new { teamId = notification.TeamId, userId = notification.UserId },
            cancellationToken: cancellationToken));
    }
}
