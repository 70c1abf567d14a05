using Suite.Boards.Api;
using Suite.Channels.Contracts;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Boards.Boards.GetTeamBoards;

/// <summary>
/// <c>GET /teams/{teamID}/boards</c>: the team's boards the caller may find, as Focalboard lists them
/// (<c>searchBoardsForUserInTeam</c>): every open board, the boards they are a member of, and those linked
/// to a channel they belong to; templates left out.
/// </summary>
internal sealed record GetTeamBoardsRequest(string TeamId) : IRequest<IReadOnlyList<Board>>;

internal sealed class GetTeamBoardsHandler(BoardStore store, ITeamMembership teams, ICurrentUser user, ISender sender)
    : IRequestHandler<GetTeamBoardsRequest, IReadOnlyList<Board>>
{
    public async Task<IReadOnlyList<Board>> Handle(GetTeamBoardsRequest request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        if (!user.IsSystemAdmin && await teams.GetRoleAsync(request.TeamId, userId, cancellationToken) is null)
        {
            throw BoardsErrors.Forbidden("access denied to team");
        }

        var boards = (await store.OpenOrMemberBoardsAsync(request.TeamId, userId, cancellationToken)).ToList();
        var listed = boards.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var linked in await store.ChannelLinkedBoardsAsync(request.TeamId, cancellationToken))
        {
            if (!listed.Contains(linked.Id) && await sender.Send(new IsChannelMember(linked.ChannelId, userId), cancellationToken))
            {
                boards.Add(linked);
            }
        }

        return boards.OrderBy(b => b.CreateAt).ThenBy(b => b.Id, StringComparer.Ordinal).ToList();
    }
}
