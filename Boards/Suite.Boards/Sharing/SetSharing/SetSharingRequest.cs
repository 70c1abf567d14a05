using Microsoft.Extensions.Configuration;
using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Sharing.SetSharing;

/// <summary>
/// <c>POST /boards/{id}/sharing</c>: board admins (<c>share_board</c>) turn the public read-only link on or
/// off and set its token (a new one is made when none is sent). As in Mattermost, only when the server
/// allows public shared boards (<c>Suite:Boards:EnablePublicSharedBoards</c>, off by default); answers <c>{}</c>.
/// </summary>
internal sealed record SetSharingRequest(string BoardId, BoardSharing Sharing) : IRequest<bool>;

internal sealed class SetSharingHandler(BoardStore store, BoardAccess access, IConfiguration configuration, ICurrentUser user, TimeProvider time)
    : IRequestHandler<SetSharingRequest, bool>
{
    public const string EnabledSetting = "Suite:Boards:EnablePublicSharedBoards";
    private const int MaxTokenLength = 100;

    public async Task<bool> Handle(SetSharingRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var (board, _) = await access.RequireAsync(request.BoardId, actor, BoardPermission.ShareBoard, "access denied to sharing the board", cancellationToken);
        if (!configuration.GetValue<bool>(EnabledSetting))
        {
            // Focalboard answers this refusal with a plain error, hence 500.
            throw new AppErrorException(500, "api.boards.sharing_disabled", "turning on sharing for board failed, see log for details");
        }

        var token = request.Sharing.Token ?? "";
        if (token.Length == 0)
        {
            token = Ids.New();
        }
        else if (token.Length > MaxTokenLength || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw BoardsErrors.BadRequest($"invalid sharing token: 1 to {MaxTokenLength} letters, digits, '-' or '_'");
        }

        await using var session = store.Session();
        session.Store(new BoardSharing
        {
            Id = board.Id,
            Enabled = request.Sharing.Enabled,
            Token = token,
            ModifiedBy = actor.UserId,
            UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds(),
        });
        await session.SaveChangesAsync(cancellationToken);
        return true;
    }
}
