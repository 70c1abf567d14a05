using Suite.Boards.Boards;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Members.GetMembers;

/// <summary>
/// <c>GET /boards/{id}/members</c>: for anyone who may view the board; the explicit members (a linked channel's
/// members, whom Focalboard adds as synthetic editors, are not listed: Channels.Contracts has no member list yet).
/// </summary>
internal sealed record GetMembersRequest(string BoardId) : IRequest<IReadOnlyList<BoardMemberResponse>>;

internal sealed class GetMembersHandler(BoardStore store, BoardAccess access, BoardMembers members, ICurrentUser user)
    : IRequestHandler<GetMembersRequest, IReadOnlyList<BoardMemberResponse>>
{
    public async Task<IReadOnlyList<BoardMemberResponse>> Handle(GetMembersRequest request, CancellationToken cancellationToken)
    {
        var (board, _) = await access.RequireAsync(request.BoardId, Actor.Of(user), BoardPermission.ViewBoard, "access denied to board members", cancellationToken);
        var result = new List<BoardMemberResponse>();
        foreach (var member in await store.MembersAsync(board.Id, cancellationToken))
        {
            result.Add(await members.ResponseAsync(board, member, cancellationToken));
        }

        return result;
    }
}
