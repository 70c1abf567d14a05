using Suite.Boards.Api;
using Suite.Boards.Members;
using Suite.Boards.Realtime;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Boards.Boards.CreateBoard;

/// <summary><c>POST /boards</c>: the body is the board; the server sets its id, creator and times, and makes the creator its admin.</summary>
internal sealed record CreateBoardRequest(Board Board) : IRequest<Board>;

internal sealed class CreateBoardHandler(BoardStore store, BoardChannels channels, BoardBroadcaster broadcaster, ChannelBoards.BoardLinkPosts linkPosts, ITeamMembership teams, ICurrentUser user, TimeProvider time)
    : IRequestHandler<CreateBoardRequest, Board>
{
    public async Task<Board> Handle(CreateBoardRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var board = request.Board;
        if (!string.IsNullOrEmpty(board.Id))
        {
            throw BoardsErrors.BadRequest("new board cannot have an ID");
        }

        board.Properties ??= [];
        board.CardProperties ??= [];
        BoardRules.Validate(board);
        if (!actor.IsSystemAdmin && await teams.GetRoleAsync(board.TeamId, actor.UserId, cancellationToken) is null)
        {
            throw BoardsErrors.Forbidden(board.Type == Board.Open ? "access denied to create public boards" : "access denied to create private boards");
        }

        if (board.ChannelId.Length > 0)
        {
            await channels.RequireLinkableAsync(board.TeamId, board.ChannelId, actor.UserId, cancellationToken);
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        board.Id = BoardIds.NewBoard();
        board.CreatedBy = actor.UserId;
        board.ModifiedBy = actor.UserId;
        board.CreateAt = now;
        board.UpdateAt = now;
        board.DeleteAt = 0;
        var admin = new BoardMembership
        {
            Id = BoardMembership.IdOf(board.Id, actor.UserId),
            BoardId = board.Id,
            UserId = actor.UserId,
            SchemeAdmin = true,
            SchemeEditor = true,
        };

        await using (var session = store.Session())
        {
            session.Insert(board);
            session.Insert(admin);
            await session.SaveChangesAsync(cancellationToken);
        }

        await broadcaster.BoardChangedAsync(board, cancellationToken);
        await broadcaster.MemberChangedAsync(board, BoardAccess.Response(board, admin), cancellationToken);
        await linkPosts.LinkChangedAsync(board, "", actor.UserId, CancellationToken.None);
        return board;
    }
}
