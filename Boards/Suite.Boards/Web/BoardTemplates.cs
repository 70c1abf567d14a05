using Suite.Boards.Boards;
using Suite.Boards.Boards.PatchBoard;
using Suite.Boards.Duplication.DuplicateBoard;
using Suite.Boards.Templates;
using Suite.Boards.Templates.GetTemplates;
using Suite.Platform.Mediator;

namespace Suite.Boards.Web;

/// <summary>The templates the picker offers (the built-in ones, then the team's own) and the board made from one, as the API's routes do it.</summary>
internal static class BoardTemplates
{
    public static async Task<IReadOnlyList<Board>> ListAsync(ISender sender, string teamId)
    {
        var builtIn = await sender.Send(new GetTemplatesRequest(BuiltInTemplates.GlobalTeamId));
        var own = await sender.Send(new GetTemplatesRequest(teamId));
        return [.. builtIn, .. own];
    }

    /// <summary><c>POST /boards/{template}/duplicate?asTemplate=false&amp;toTeam=</c>, then the title the person typed.</summary>
    public static async Task<Board> CreateFromAsync(ISender sender, string templateId, string teamId, string title)
    {
        var copy = await sender.Send(new DuplicateBoardRequest(templateId, false, teamId));
        var board = copy.Boards[0];
        return title.Length > 0 && title != board.Title
            ? await sender.Send(new PatchBoardRequest(board.Id, new BoardPatch { Title = title }))
            : board;
    }
}
