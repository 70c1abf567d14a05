using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Duplication;
using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.BoardsAndBlocks.CreateBoardsAndBlocks;

/// <summary>
/// <c>POST /boards-and-blocks</c>: new boards of one team with their blocks, all or nothing. Boards and
/// blocks get new ids (the request's ids only tie blocks to their boards and parents); the caller
/// becomes admin of each board. Answers <c>{boards, blocks}</c> as stored.
/// </summary>
internal sealed record CreateBoardsAndBlocksRequest(BoardsAndBlocksBody Body) : IRequest<BoardsAndBlocksBody>;

internal sealed class CreateBoardsAndBlocksHandler(TeamGate team, BoardChannels channels, BoardCreation creation, ICurrentUser user)
    : IRequestHandler<CreateBoardsAndBlocksRequest, BoardsAndBlocksBody>
{
    public async Task<BoardsAndBlocksBody> Handle(CreateBoardsAndBlocksRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var boards = request.Body.Boards ?? [];
        var blocks = request.Body.Blocks ?? [];
        if (boards.Count == 0)
        {
            throw BoardsErrors.BadRequest("at least one board is required");
        }

        if (boards.Any(b => b is null) || blocks.Any(b => b is null))
        {
            throw BoardsErrors.BadRequest("invalid boards or blocks: null");
        }

        var teamId = boards[0].TeamId ?? "";
        if (boards.Any(b => b.TeamId != teamId))
        {
            throw BoardsErrors.BadRequest("cannot create boards for multiple teams");
        }

        if (boards.Any(b => string.IsNullOrEmpty(b.Id)) || boards.Select(b => b.Id).Distinct().Count() != boards.Count)
        {
            throw BoardsErrors.BadRequest("boards need an ID to be referenced from the blocks");
        }

        await team.RequireMemberAsync(teamId, actor, cancellationToken, "access denied to board template");
        var boardIds = boards.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            block.Fields ??= [];
            block.Title ??= "";
            block.ParentId ??= "";
            if (string.IsNullOrEmpty(block.Type))
            {
                throw BoardsErrors.BadRequest($"missing type for block id {block.Id}");
            }

            if (block.CreateAt < 1)
            {
                throw BoardsErrors.BadRequest($"invalid createAt for block id {block.Id}");
            }

            if (block.UpdateAt < 1)
            {
                throw BoardsErrors.BadRequest($"invalid UpdateAt for block id {block.Id}");
            }

            if (!boardIds.Contains(block.BoardId ?? ""))
            {
                throw BoardsErrors.BadRequest($"invalid BoardID {block.BoardId} (not exists in the created boards)");
            }
        }

        if (blocks.Count == 0)
        {
            throw BoardsErrors.BadRequest("at least one block is required");
        }

        if (blocks.Any(b => string.IsNullOrEmpty(b.Id)) || blocks.Select(b => b.Id).Distinct().Count() != blocks.Count)
        {
            throw BoardsErrors.BadRequest("blocks need distinct IDs to be referenced from each other");
        }

        var newBoardIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var board in boards)
        {
            board.Properties ??= [];
            board.CardProperties ??= [];
            board.ChannelId ??= "";
            BoardRules.Validate(board);
            if (board.ChannelId.Length > 0)
            {
                await channels.RequireLinkableAsync(teamId, board.ChannelId, actor.UserId, cancellationToken);
            }

            newBoardIds[board.Id] = BoardIds.NewBoard();
        }

        var newBlocks = BlockCopies.WithNewIds(blocks, newBoardIds);
        foreach (var board in boards)
        {
            board.Id = newBoardIds[board.Id];
        }

        return await creation.CreateAsync(boards, newBlocks, actor.UserId, cancellationToken);
    }
}
