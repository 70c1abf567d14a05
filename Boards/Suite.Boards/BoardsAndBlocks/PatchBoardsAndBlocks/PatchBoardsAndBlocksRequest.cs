using System.Text.Json;
using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Boards.Realtime;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.BoardsAndBlocks.PatchBoardsAndBlocks;

/// <summary>
/// <c>PATCH /boards-and-blocks</c>: patches of boards of one team and of blocks of those boards, applied
/// together or not at all (one transaction under optimistic concurrency, redone when it loses a race).
/// Board patches need <c>manage_board_properties</c> (type and minimum role: <c>manage_board_type</c>),
/// block patches <c>manage_board_cards</c>. Answers <c>{boards, blocks}</c> as patched.
/// </summary>
internal sealed record PatchBoardsAndBlocksRequest(PatchBoardsAndBlocksBody Body) : IRequest<BoardsAndBlocksBody>;

internal sealed class PatchBoardsAndBlocksHandler(BoardStore store, BoardAccess access, BoardChannels channels, BoardBroadcaster broadcaster, ICurrentUser user, TimeProvider time)
    : IRequestHandler<PatchBoardsAndBlocksRequest, BoardsAndBlocksBody>
{
    public async Task<BoardsAndBlocksBody> Handle(PatchBoardsAndBlocksRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var body = request.Body;
        body.BoardIds ??= [];
        body.BoardPatches ??= [];
        body.BlockIds ??= [];
        body.BlockPatches ??= [];
        if (body.BoardIds.Count == 0)
        {
            throw BoardsErrors.BadRequest("at least one board is required");
        }

        if (body.BoardIds.Count != body.BoardPatches.Count || body.BoardPatches.Any(p => p is null))
        {
            throw BoardsErrors.BadRequest("board ids and patches need to match");
        }

        if (body.BlockIds.Count != body.BlockPatches.Count || body.BlockPatches.Any(p => p is null))
        {
            throw BoardsErrors.BadRequest("block ids and patches need to match");
        }

        if (body.BoardIds.Distinct().Count() != body.BoardIds.Count || body.BlockIds.Distinct().Count() != body.BlockIds.Count)
        {
            throw BoardsErrors.BadRequest("each board and block may be patched once per request");
        }

        var teamId = "";
        var boardsById = new Dictionary<string, (Board Board, BoardAccessRights Rights)>(StringComparer.Ordinal);
        for (var i = 0; i < body.BoardIds.Count; i++)
        {
            var patch = body.BoardPatches[i];
            var (board, rights) = await access.RequireAsync(body.BoardIds[i], actor, BoardPermission.ManageBoardProperties, "access denied to modifying board properties", cancellationToken);
            if ((patch.Type is not null || patch.MinimumRole is not null) && !rights.Has(BoardPermission.ManageBoardType))
            {
                throw BoardsErrors.Forbidden("access denied to modifying board type");
            }

            if (patch.ChannelId is not null && !rights.Has(BoardPermission.ManageBoardRoles))
            {
                throw BoardsErrors.Forbidden("access denied to modifying board access");
            }

            if (!string.IsNullOrEmpty(patch.ChannelId) && patch.ChannelId != board.ChannelId)
            {
                await channels.RequireLinkableAsync(board.TeamId, patch.ChannelId, actor.UserId, cancellationToken);
            }

            teamId = teamId.Length == 0 ? board.TeamId : teamId;
            if (board.TeamId != teamId)
            {
                throw BoardsErrors.BadRequest("mismatched team ID");
            }

            BoardRules.ValidateCardProperties(patch.UpdatedCardProperties ?? []);
            boardsById[board.Id] = (board, rights);
        }

        foreach (var patch in body.BlockPatches)
        {
            BlockRules.ValidateFieldNames(patch.UpdatedFields ?? []);
        }

        var (boards, blocks) = await ApplyAsync(body, boardsById, actor, cancellationToken);
        foreach (var board in boards)
        {
            await broadcaster.BoardChangedAsync(board, cancellationToken);
            await broadcaster.BlocksChangedAsync(board, blocks.Where(b => b.BoardId == board.Id), cancellationToken);
        }

        return new BoardsAndBlocksBody { Boards = boards, Blocks = blocks };
    }

    private async Task<(List<Board> Boards, List<Block> Blocks)> ApplyAsync(
        PatchBoardsAndBlocksBody body, Dictionary<string, (Board Board, BoardAccessRights Rights)> allowed, Actor actor, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.Session();
            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            var boards = new List<Board>();
            for (var i = 0; i < body.BoardIds.Count; i++)
            {
                var board = await session.LoadAsync<Board>(body.BoardIds[i], cancellationToken);
                if (board is null || board.DeleteAt != 0)
                {
                    throw BoardsErrors.NotFound($"board ID={body.BoardIds[i]}");
                }

                body.BoardPatches[i].ApplyTo(board);
                BoardRules.Validate(board);
                board.ModifiedBy = actor.UserId;
                board.UpdateAt = now;
                boards.Add(board);
                session.Store(board);
            }

            var blocks = new List<Block>();
            for (var i = 0; i < body.BlockIds.Count; i++)
            {
                var block = await session.LoadAsync<Block>(body.BlockIds[i], cancellationToken);
                if (block is null || block.DeleteAt != 0)
                {
                    throw BoardsErrors.NotFound($"block ID={body.BlockIds[i]}");
                }

                if (!allowed.TryGetValue(block.BoardId, out var owner))
                {
                    throw BoardsErrors.BadRequest("missing BoardID=" + block.BoardId);
                }

                if (!owner.Rights.Has(BoardPermission.ManageBoardCards))
                {
                    throw BoardsErrors.Forbidden("access denied to modifying cards");
                }

                if (block.Type == BlockTypes.Comment && block.CreatedBy != actor.UserId && !owner.Rights.Has(BoardPermission.DeleteOthersComments))
                {
                    throw BoardsErrors.Forbidden("access denied to modify others' comments");
                }

                var before = new Block { Fields = new Dictionary<string, JsonElement>(block.Fields) };
                body.BlockPatches[i].ApplyTo(block);
                block.ParentId = block.ParentId.Length == 0 ? block.BoardId : block.ParentId;
                BlockRules.Validate(boards.First(b => b.Id == block.BoardId), block, before);
                block.ModifiedBy = actor.UserId;
                block.UpdateAt = now;
                blocks.Add(block);
                session.Store(block);
            }

            try
            {
                await session.SaveChangesAsync(cancellationToken);
                return (boards, blocks);
            }
            catch (Exception ex) when (BoardStoreConflicts.IsConflict(ex) && attempt < BoardStoreConflicts.MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
            }
        }
    }
}
