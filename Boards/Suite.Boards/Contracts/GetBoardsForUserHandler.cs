using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Boards.Contracts;

/// <summary>Answers <see cref="GetBoardsForUser"/>: the team's boards whose cards the user may edit.</summary>
internal sealed class GetBoardsForUserHandler(BoardStore store, BoardAccess access, ITeamMembership teams)
    : IRequestHandler<GetBoardsForUser, IReadOnlyList<BoardInfo>>
{
    public async Task<IReadOnlyList<BoardInfo>> Handle(GetBoardsForUser request, CancellationToken cancellationToken)
    {
        if (await teams.GetRoleAsync(request.TeamId, request.UserId, cancellationToken) is null)
        {
            throw BoardsErrors.Forbidden("access denied to team");
        }

        var actor = new Actor(request.UserId, IsSystemAdmin: false);
        var candidates = (await store.OpenOrMemberBoardsAsync(request.TeamId, request.UserId, cancellationToken))
            .Concat(await store.ChannelLinkedBoardsAsync(request.TeamId, cancellationToken))
            .DistinctBy(b => b.Id);
        var editable = new List<BoardInfo>();
        foreach (var board in candidates)
        {
            var rights = await access.RightsAsync(board, actor, cancellationToken);
            if (rights.Has(BoardPermission.ManageBoardCards))
            {
                editable.Add(BoardInfos.From(board, rights));
            }
        }

        return editable.OrderBy(b => b.Title, StringComparer.CurrentCultureIgnoreCase).ThenBy(b => b.Id, StringComparer.Ordinal).ToList();
    }
}
