using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Channels.Contracts;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Boards.ChannelBoards;

/// <summary>
/// <c>GET /channels/{channelID}/boards</c>: the live boards linked to a channel, for its UI, as the caller may see
/// them: the channel must be one the caller may read (a member, or a team member for a public channel; 404
/// otherwise, as Channels hides channels), and each board one the caller may open (<c>GET /boards/{id}</c>'s rule).
/// </summary>
internal sealed record GetChannelBoardsRequest(string ChannelId) : IRequest<IReadOnlyList<Board>>;

internal sealed class GetChannelBoardsHandler(BoardStore store, BoardAccess access, ITeamMembership teams, ISender sender, ICurrentUser user)
    : IRequestHandler<GetChannelBoardsRequest, IReadOnlyList<Board>>
{
    public async Task<IReadOnlyList<Board>> Handle(GetChannelBoardsRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var channel = await sender.Send(new GetChannelInfo(request.ChannelId), cancellationToken);
        var readable = channel is { DeleteAt: 0 } && channel.TeamId.Length > 0
            && (actor.IsSystemAdmin
                || await sender.Send(new IsChannelMember(channel.Id, actor.UserId), cancellationToken)
                || (channel.Type == "O" && await teams.GetRoleAsync(channel.TeamId, actor.UserId, cancellationToken) is not null));
        if (!readable)
        {
            throw BoardsErrors.NotFound($"channel ID={request.ChannelId}");
        }

        var boards = new List<Board>();
        foreach (var board in await store.ChannelLinkedBoardsAsync(channel!.TeamId, cancellationToken))
        {
            if (board.ChannelId != channel.Id)
            {
                continue;
            }

            var rights = await access.RightsAsync(board, actor, cancellationToken);
            if (rights.InTeam && (board.Type == Board.Open || rights.Has(BoardPermission.ViewBoard)))
            {
                boards.Add(board);
            }
        }

        return boards.OrderBy(b => b.Title, StringComparer.CurrentCultureIgnoreCase).ThenBy(b => b.Id, StringComparer.Ordinal).ToList();
    }
}
