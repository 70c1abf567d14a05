namespace Suite.Boards.Members;

/// <summary>Focalboard's board roles, weakest first, and what each may do (the permission matrix).</summary>
internal static class BoardRoles
{
    public const string None = "";
    public const string Viewer = "viewer";
    public const string Commenter = "commenter";
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static bool IsValid(string role) => role is None or Viewer or Commenter or Editor or Admin;

    public static int Rank(string role) => role switch
    {
        Viewer => 1,
        Commenter => 2,
        Editor => 3,
        Admin => 4,
        _ => 0,
    };

    public static string Stronger(string a, string b) => Rank(a) >= Rank(b) ? a : b;

    /// <summary>The least role that has <paramref name="permission"/>.</summary>
    public static string Needed(BoardPermission permission) => permission switch
    {
        BoardPermission.ViewBoard => Viewer,
        BoardPermission.CommentBoardCards => Commenter,
        BoardPermission.ManageBoardCards or BoardPermission.ManageBoardProperties => Editor,
        _ => Admin,
    };
}

/// <summary>Focalboard's board permissions.</summary>
internal enum BoardPermission
{
    ViewBoard,
    CommentBoardCards,
    ManageBoardCards,
    ManageBoardProperties,
    ManageBoardType,
    DeleteBoard,
    ManageBoardRoles,
    ShareBoard,
    DeleteOthersComments,
}
