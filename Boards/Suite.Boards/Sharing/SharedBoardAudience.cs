namespace Suite.Boards.Sharing;

/// <summary>
/// The realtime audience of a board's read-only link: its board and block changes are also addressed to this
/// key, which no user has, so they reach only the shared-board pages listening for it (in any process, as
/// every event travels the cluster bus with its recipients). Listeners check the token at every change.
/// </summary>
internal static class SharedBoardAudience
{
    public static string KeyOf(string boardId) => "boards-shared-link:" + boardId;
}
