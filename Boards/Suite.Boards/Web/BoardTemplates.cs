using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Platform.Mediator;

namespace Suite.Boards.Web;

/// <summary>The templates the picker offers and the board made from one; null while the server has no templates.</summary>
internal static class BoardTemplates
{
    public static Task<IReadOnlyList<Board>?> ListAsync(ISender sender, string teamId) => Task.FromResult<IReadOnlyList<Board>?>(null);

    public static Task<Board> CreateFromAsync(ISender sender, string templateId, string teamId, string title) =>
        throw BoardsErrors.BadRequest("templates are not available on this server");
}
