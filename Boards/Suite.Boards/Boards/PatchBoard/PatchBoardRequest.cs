using Suite.Boards.Api;
using Suite.Boards.ChannelBoards;
using Suite.Boards.Members;
using Suite.Boards.Realtime;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Boards.PatchBoard;

/// <summary>
/// <c>PATCH /boards/{id}</c>: editors change the title, description, icon, properties and card
/// properties; changing the type or minimum role needs an admin (<c>manage_board_type</c>), and so does
/// linking or unlinking a channel (<c>manage_board_roles</c>), which must be one the caller belongs to.
/// </summary>
internal sealed record PatchBoardRequest(string BoardId, BoardPatch Patch) : IRequest<Board>;

internal sealed class PatchBoardHandler(BoardStore store, BoardAccess access, BoardChannels channels, BoardBroadcaster broadcaster, BoardLinkPosts linkPosts, ICurrentUser user, TimeProvider time)
    : IRequestHandler<PatchBoardRequest, Board>
{
    public async Task<Board> Handle(PatchBoardRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var patch = request.Patch;
        var (board, rights) = await access.RequireAsync(request.BoardId, actor, BoardPermission.ManageBoardProperties, "access denied to modifying board properties", cancellationToken);
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

        BoardRules.ValidateCardProperties(patch.UpdatedCardProperties ?? []);
        var updated = await store.ChangeAsync<Board>(board.Id, (stored, _) =>
        {
            if (stored.DeleteAt != 0)
            {
                throw BoardsErrors.NotFound($"board ID={board.Id}");
            }

            patch.ApplyTo(stored);
            BoardRules.Validate(stored);
            stored.ModifiedBy = actor.UserId;
            stored.UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds();
            return true;
        }, cancellationToken) ?? throw BoardsErrors.NotFound($"board ID={board.Id}");

        await broadcaster.BoardChangedAsync(updated, cancellationToken);
        await linkPosts.LinkChangedAsync(updated, board.ChannelId, actor.UserId, CancellationToken.None);
        return updated;
    }
}
