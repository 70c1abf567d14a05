using Dapper;
using Suite.Channels.Channels;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Channels.Teams;

/// <summary>
/// A team deleted for good takes its channels with it, as Mattermost's permanent team deletion does:
/// their members, posts (with reactions, files' records, threads and edit history), sidebar entries and
/// the team's integrations. An archived team keeps everything (its members simply stop being members).
/// The files' bytes stay in the file store.
/// </summary>
internal sealed class TeamDeletedHandler(ChannelStore store) : INotificationHandler<TeamDeleted>
{
    public async Task Handle(TeamDeleted notification, CancellationToken cancellationToken)
    {
        if (!notification.Permanent)
        {
            return;
        }

        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var channelIds = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM channels.channels WHERE team_id = @teamId FOR UPDATE",
            new { teamId = notification.TeamId },
            transaction,
            cancellationToken: cancellationToken))).ToArray();
        await connection.ExecuteAsync(new CommandDefinition(
            """
            DELETE FROM channels.thread_mentions WHERE root_id IN (SELECT id FROM channels.posts WHERE channel_id = ANY(@channelIds));
            DELETE FROM channels.thread_memberships WHERE post_id IN (SELECT id FROM channels.posts WHERE channel_id = ANY(@channelIds));
            DELETE FROM channels.reactions WHERE post_id IN (SELECT id FROM channels.posts WHERE channel_id = ANY(@channelIds));
            DELETE FROM channels.file_infos WHERE channel_id = ANY(@channelIds);
            DELETE FROM channels.outgoing_webhook_deliveries WHERE channel_id = ANY(@channelIds);
            DELETE FROM channels.posts WHERE channel_id = ANY(@channelIds);
            DELETE FROM channels.sidebar_channels WHERE channel_id = ANY(@channelIds);
            DELETE FROM channels.sidebar_categories WHERE team_id = @teamId;
            DELETE FROM channels.incoming_webhooks WHERE team_id = @teamId OR channel_id = ANY(@channelIds);
            DELETE FROM channels.outgoing_webhooks WHERE team_id = @teamId;
            DELETE FROM channels.command_webhooks WHERE command_id IN (SELECT id FROM channels.commands WHERE team_id = @teamId);
            DELETE FROM channels.commands WHERE team_id = @teamId;
            DELETE FROM channels.channel_members WHERE channel_id = ANY(@channelIds);
            DELETE FROM channels.channels WHERE id = ANY(@channelIds);
            """,
            new { teamId = notification.TeamId, channelIds },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }
}
