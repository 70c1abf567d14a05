using Marten;
using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Channels.Contracts;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Boards.Users.GetMe;

/// <summary>
/// <c>GET /users/me?teamID=&amp;channelID=</c>: the caller, with <c>manage_team</c> when they administer <c>teamID</c>,
/// <c>manage_system</c> for a system admin, <c>create_post</c> when they are a member of <c>channelID</c>.
/// </summary>
internal sealed record GetMeRequest(string TeamId, string ChannelId) : IRequest<BoardsUser>;

internal sealed class GetMeHandler(ISender sender, ITeamMembership teams, ICurrentUser user) : IRequestHandler<GetMeRequest, BoardsUser>
{
    public async Task<BoardsUser> Handle(GetMeRequest request, CancellationToken cancellationToken)
    {
        var me = (await sender.Send(new GetUsersByIdsRequest([user.RequireUserId()]), cancellationToken)).SingleOrDefault()
            ?? throw BoardsErrors.NotFound($"user ID={user.UserId}");
        var permissions = new List<string>();
        if (request.TeamId.Length > 0 && (user.IsSystemAdmin || await teams.GetRoleAsync(request.TeamId, me.Id, cancellationToken) == TeamRole.Admin))
        {
            permissions.Add(BoardsUser.ManageTeam);
        }

        if (user.IsSystemAdmin)
        {
            permissions.Add(BoardsUser.ManageSystem);
        }

        if (request.ChannelId.Length > 0 && await sender.Send(new IsChannelMember(request.ChannelId, me.Id), cancellationToken))
        {
            permissions.Add(BoardsUser.CreatePost);
        }

        return BoardsUser.From(me, permissions.Count > 0 ? permissions : null);
    }
}

/// <summary><c>GET /users/me/memberships</c>: the caller's explicit board memberships, in every team.</summary>
internal sealed record GetMyMembershipsRequest : IRequest<IReadOnlyList<BoardMemberResponse>>;

internal sealed class GetMyMembershipsHandler(BoardStore store, ICurrentUser user) : IRequestHandler<GetMyMembershipsRequest, IReadOnlyList<BoardMemberResponse>>
{
    public async Task<IReadOnlyList<BoardMemberResponse>> Handle(GetMyMembershipsRequest request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        await using var session = store.QuerySession();
        var memberships = await session.Query<BoardMembership>().Where(m => m.UserId == userId).ToListAsync(cancellationToken);
        var boardIds = memberships.Select(m => m.BoardId).ToArray();
        var boards = (await session.Query<Board>().Where(b => b.Id.IsOneOf(boardIds) && b.DeleteAt == 0).ToListAsync(cancellationToken))
            .ToDictionary(b => b.Id, StringComparer.Ordinal);
        return memberships.Where(m => boards.ContainsKey(m.BoardId))
            .OrderBy(m => m.BoardId, StringComparer.Ordinal)
            .Select(m => BoardAccess.Response(boards[m.BoardId], m))
            .ToList();
    }
}
