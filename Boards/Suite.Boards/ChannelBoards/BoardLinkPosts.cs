using Suite.Boards.Boards;
using Suite.Boards.Notifications;
using Suite.Platform.Identity;

namespace Suite.Boards.ChannelBoards;

/// <summary>
/// Focalboard's channel messages when a board is linked or unlinked: the Boards bot posts
/// "@user linked the board [title](link) with this channel" in the channel linked, and "... unlinked ..."
/// in the channel left.
/// </summary>
internal sealed class BoardLinkPosts(BoardsMessenger messenger, IUserDirectory directory, CardLinks links)
{
    public async Task LinkChangedAsync(Board board, string oldChannelId, string actorId, CancellationToken cancellationToken)
    {
        if (board.ChannelId == oldChannelId)
        {
            return;
        }

        var username = await directory.FindByIdsAsync([actorId], cancellationToken) is [var found, ..] ? found.Username : "unknown";
        var link = CardLinks.Markdown(CardLinks.BoardTitle(board), links.Board(board));
        if (oldChannelId.Length > 0)
        {
            await messenger.ChannelAsync(oldChannelId, $"@{username} unlinked the board {link} with this channel", cancellationToken);
        }

        if (board.ChannelId.Length > 0)
        {
            await messenger.ChannelAsync(board.ChannelId, $"@{username} linked the board {link} with this channel", cancellationToken);
        }
    }
}
