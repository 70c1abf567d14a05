using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Boards.Sharing.SetSharing;
using Suite.Platform.Identity;

namespace Suite.Boards.Sharing;

/// <summary>
/// Focalboard's <c>IsValidReadToken</c>: a <c>read_token</c> opens a board for reading, to anyone, while the
/// server allows public shared boards and the board's sharing is on with that very token.
/// </summary>
internal sealed class ReadTokens(BoardStore store, BoardAccess access, IConfiguration configuration)
{
    public const string QueryName = "read_token";

    /// <summary>
    /// The board for reading its blocks or files (Focalboard's <c>view_board</c>), by a valid read token or by the
    /// signed-in user's rights; 401 for no one with no valid token, 404 or 403 as the rights decide.
    /// </summary>
    public async Task<Board> ViewableBoardAsync(string boardId, string readToken, ICurrentUser user, CancellationToken cancellationToken) =>
        await SharedBoardAsync(boardId, readToken, cancellationToken)
        ?? (await access.RequireAsync(boardId, SignedIn(user), BoardPermission.ViewBoard, "access denied to board", cancellationToken)).Board;

    /// <summary>
    /// The board <paramref name="readToken"/> opens: null when the token opens nothing (the caller's own rights
    /// decide then), 404 when it is valid but the board was deleted.
    /// </summary>
    public async Task<Board?> SharedBoardAsync(string boardId, string readToken, CancellationToken cancellationToken) =>
        await IsValidAsync(boardId, readToken, cancellationToken)
            ? await store.FindBoardAsync(boardId, cancellationToken) ?? throw BoardsErrors.NotFound($"board ID={boardId}")
            : null;

    /// <summary>The signed-in user; 401 for someone not signed in who has no valid token.</summary>
    public static Actor SignedIn(ICurrentUser user) =>
        user.IsAuthenticated ? Actor.Of(user) : throw BoardsErrors.Unauthorized("access denied to board");

    public async Task<bool> IsValidAsync(string boardId, string readToken, CancellationToken cancellationToken)
    {
        if (readToken.Length == 0 || !configuration.GetValue<bool>(SetSharingHandler.EnabledSetting))
        {
            return false;
        }

        await using var session = store.QuerySession();
        var sharing = await session.LoadAsync<BoardSharing>(boardId, cancellationToken);
        return sharing is { Enabled: true, Token.Length: > 0 }
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sharing.Token), Encoding.UTF8.GetBytes(readToken));
    }
}
