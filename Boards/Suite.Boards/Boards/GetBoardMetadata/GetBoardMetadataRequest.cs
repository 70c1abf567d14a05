using Marten;
using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Boards.GetBoardMetadata;

/// <summary>
/// <c>GET /boards/{id}/metadata</c> (Focalboard's <c>BoardMetadata</c>, a Compliance feature): who created the board and
/// when its blocks, deleted ones included, were first and last changed and by whom. A deleted board still answers.
/// Readable as the board is (an open board by its team, a private one by its members).
/// </summary>
[RequiresFeature("compliance")]
internal sealed record GetBoardMetadataRequest(string BoardId) : IRequest<BoardMetadata>;

/// <summary>Focalboard's <c>BoardMetadata</c>.</summary>
internal sealed record BoardMetadata(string BoardId, long DescendantLastUpdateAt, long DescendantFirstUpdateAt, string CreatedBy, string LastModifiedBy);

internal sealed class GetBoardMetadataHandler(BoardStore store, BoardAccess access, ICurrentUser user) : IRequestHandler<GetBoardMetadataRequest, BoardMetadata>
{
    public async Task<BoardMetadata> Handle(GetBoardMetadataRequest request, CancellationToken cancellationToken)
    {
        var board = await store.FindBoardAsync(request.BoardId, cancellationToken, includeDeleted: true)
            ?? throw BoardsErrors.NotFound($"board metadata BoardID={request.BoardId}");
        var rights = await access.RightsAsync(board, Actor.Of(user), cancellationToken);
        if (!rights.InTeam || (board.Type == Board.Private && !rights.Has(BoardPermission.ViewBoard)))
        {
            throw BoardsErrors.Forbidden("access denied to board");
        }

        await using var session = store.QuerySession();
        var first = await session.Query<Block>().Where(b => b.BoardId == board.Id).OrderBy(b => b.UpdateAt).FirstOrDefaultAsync(cancellationToken);
        var last = await session.Query<Block>().Where(b => b.BoardId == board.Id).OrderByDescending(b => b.UpdateAt).FirstOrDefaultAsync(cancellationToken);
        return new BoardMetadata(
            board.Id,
            last?.UpdateAt ?? board.UpdateAt,
            first?.UpdateAt ?? board.UpdateAt,
            board.CreatedBy,
            last is null ? board.ModifiedBy : last.ModifiedBy.Length > 0 ? last.ModifiedBy : last.CreatedBy);
    }
}
