using Suite.Boards.Boards;

namespace Suite.Boards.Notifications;

/// <summary>Where people open a board or card: Mattermost Boards' <c>/boards/team/{team}/{board}[/0/{card}]</c>, under the site address when one is set.</summary>
internal sealed class CardLinks(NotificationOptions options)
{
    public string Board(Board board) => $"{Root}/boards/team/{board.TeamId}/{board.Id}";

    public string Card(Board board, string cardId) => $"{Board(board)}/0/{cardId}";

    /// <summary>A Markdown link whose text cannot break out of the brackets.</summary>
    public static string Markdown(string text, string url) => $"[{Escape(text)}]({url})";

    public static string BoardTitle(Board board) => board.Title.Length > 0 ? board.Title : "Untitled board";

    public static string CardTitle(string title) => title.Length > 0 ? title : "Untitled";

    private string Root => options.SiteUrl.TrimEnd('/');

    private static string Escape(string text) => text.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
}
