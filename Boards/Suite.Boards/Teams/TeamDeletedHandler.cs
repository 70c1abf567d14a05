using Marten;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Categories;
using Suite.Boards.Files;
using Suite.Boards.Imports;
using Suite.Boards.Members;
using Suite.Boards.Notifications;
using Suite.Boards.Reminders;
using Suite.Boards.Sharing;
using Suite.Boards.Subscriptions;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Boards.Teams;

/// <summary>
/// A team deleted for good takes its boards with it (its templates included): their blocks, members, sharing,
/// files (records and bytes), subscriptions, pending change digests and due-date reminders, and everyone's
/// board categories and imports in the team. An archived team keeps everything.
/// </summary>
internal sealed class TeamDeletedHandler(BoardStore store, BoardFileStorage files) : INotificationHandler<TeamDeleted>
{
    public async Task Handle(TeamDeleted notification, CancellationToken cancellationToken)
    {
        if (!notification.Permanent)
        {
            return;
        }

        var teamId = notification.TeamId;
        await using (var session = store.Session())
        {
            var boardIds = (await session.Query<Board>().Where(b => b.TeamId == teamId).Select(b => b.Id).ToListAsync(cancellationToken)).ToArray();
            var blockIds = (await session.Query<Block>().Where(b => b.BoardId.IsOneOf(boardIds)).Select(b => b.Id).ToListAsync(cancellationToken)).ToArray();
            var followedIds = boardIds.Concat(blockIds).ToArray();

            session.DeleteWhere<Subscription>(s => s.BlockId.IsOneOf(followedIds));
            session.DeleteWhere<CardDigest>(d => d.BoardId.IsOneOf(boardIds));
            session.DeleteWhere<DueReminderSent>(r => r.CardId.IsOneOf(blockIds));
            session.DeleteWhere<BoardFile>(f => f.BoardId.IsOneOf(boardIds));
            session.DeleteWhere<BoardSharing>(s => s.Id.IsOneOf(boardIds));
            session.DeleteWhere<BoardMembership>(m => m.BoardId.IsOneOf(boardIds));
            session.DeleteWhere<Block>(b => b.BoardId.IsOneOf(boardIds));
            session.DeleteWhere<Board>(b => b.Id.IsOneOf(boardIds));
            session.DeleteWhere<UserCategories>(c => c.TeamId == teamId);
            session.DeleteWhere<ImportJob>(j => j.TeamId == teamId);
            await session.SaveChangesAsync(cancellationToken);
        }

        files.DeleteTeamFiles(teamId);
    }
}
