using Suite.Boards.Boards;
using Suite.Boards.Members;

namespace Suite.Boards.Contracts;

internal static class BoardInfos
{
    public static BoardInfo From(Board board, BoardAccessRights rights) => new(
        board.Id,
        board.TeamId,
        board.ChannelId,
        board.Type,
        board.Title,
        board.Icon,
        rights.Has(BoardPermission.ManageBoardCards),
        board.CardProperties.Select(p => new CardPropertyInfo(p.Id, p.Name, p.Type, p.Options.Select(o => new CardPropertyOptionInfo(o.Id, o.Value)).ToList())).ToList());
}
