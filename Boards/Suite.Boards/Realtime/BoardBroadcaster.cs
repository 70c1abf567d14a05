using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Boards.Sharing;
using Suite.Platform.Realtime;
using Suite.Platform.Teams;

namespace Suite.Boards.Realtime;

/// <summary>
/// Tells open clients about a board's changes as Mattermost's Boards plugin does: every message goes out
/// as the event <c>custom_focalboard_UPDATE_BOARD</c> whose data names the real change in <c>action</c>
/// (<c>UPDATE_BOARD</c>, <c>UPDATE_BLOCK</c>, <c>UPDATE_MEMBER</c>, <c>DELETE_MEMBER</c>) with the
/// <c>teamId</c> and the board, block or member; deletions are the record with only its ids and
/// <c>deleteAt</c>. It reaches the board's members who are still in its team (and, for a member change,
/// the user concerned), and the members of the linked channel; board and block changes (not members) also go to
/// the readers of the board's read-only link (<see cref="SharedBoardAudience"/>).
/// </summary>
internal sealed class BoardBroadcaster(IRealtimePublisher publisher, BoardStore store, ITeamMembership teams, TimeProvider time)
{
    public const string EventName = "custom_focalboard_UPDATE_BOARD";

    public Task BoardChangedAsync(Board board, CancellationToken cancellationToken) =>
        PublishAsync(board, new BoardMessage("UPDATE_BOARD", board.TeamId, board), SharedBoardAudience.KeyOf(board.Id), cancellationToken);

    public Task BoardDeletedAsync(Board board, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var deleted = new Board { Id = board.Id, TeamId = board.TeamId, UpdateAt = now, DeleteAt = now };
        return PublishAsync(board, new BoardMessage("UPDATE_BOARD", board.TeamId, deleted), SharedBoardAudience.KeyOf(board.Id), cancellationToken);
    }

    public async Task BlocksChangedAsync(Board board, IEnumerable<Block> blocks, CancellationToken cancellationToken)
    {
        foreach (var block in blocks)
        {
            await PublishAsync(board, new BlockMessage("UPDATE_BLOCK", board.TeamId, block), SharedBoardAudience.KeyOf(board.Id), cancellationToken);
        }
    }

    public Task BlockDeletedAsync(Board board, string blockId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var deleted = new Block { Id = blockId, BoardId = board.Id, Schema = 0, UpdateAt = now, DeleteAt = now };
        return PublishAsync(board, new BlockMessage("UPDATE_BLOCK", board.TeamId, deleted), SharedBoardAudience.KeyOf(board.Id), cancellationToken);
    }

    public Task MemberChangedAsync(Board board, BoardMemberResponse member, CancellationToken cancellationToken) =>
        PublishAsync(board, new MemberMessage("UPDATE_MEMBER", board.TeamId, member), member.UserId, cancellationToken);

    public Task MemberDeletedAsync(Board board, string userId, CancellationToken cancellationToken) =>
        PublishAsync(board, new MemberMessage("DELETE_MEMBER", board.TeamId, new BoardMemberResponse(board.Id, userId, "", "", false, false, false, false, false)), userId, cancellationToken);

    private async Task PublishAsync(Board board, object message, string? ensureUserId, CancellationToken cancellationToken)
    {
        var recipients = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in await store.MembersAsync(board.Id, cancellationToken))
        {
            if (await teams.GetRoleAsync(board.TeamId, member.UserId, cancellationToken) is not null)
            {
                recipients.Add(member.UserId);
            }
        }

        if (ensureUserId is not null)
        {
            recipients.Add(ensureUserId);
        }

        var data = BoardsJson.ToElement(message);
        await publisher.PublishAsync(EventName, data, new Broadcast { TeamId = board.TeamId, UserIds = recipients }, cancellationToken);
        if (board.ChannelId.Length > 0)
        {
            await publisher.PublishAsync(EventName, data, new Broadcast { ChannelId = board.ChannelId, OmitUsers = recipients }, cancellationToken);
        }
    }

    private sealed record BoardMessage(string Action, string TeamId, Board Board);

    private sealed record BlockMessage(string Action, string TeamId, Block Block);

    private sealed record MemberMessage(string Action, string TeamId, BoardMemberResponse Member);
}
