namespace Suite.Boards.Members;

/// <summary>An explicit membership of a board, stored as a Marten document (one per board and user).</summary>
public sealed class BoardMembership
{
    /// <summary><c>{boardId}_{userId}</c>: one document per pair.</summary>
    public string Id { get; set; } = "";

    public string BoardId { get; set; } = "";

    public string UserId { get; set; } = "";

    public bool SchemeAdmin { get; set; }

    public bool SchemeEditor { get; set; }

    public bool SchemeCommenter { get; set; }

    public bool SchemeViewer { get; set; }

    public static string IdOf(string boardId, string userId) => $"{boardId}_{userId}";
}

/// <summary>
/// Focalboard's <c>BoardMember</c> as the API shows it: the stored scheme flags, the board's
/// <c>minimumRole</c>, and <c>synthetic</c> for members by way of the linked channel.
/// </summary>
public sealed record BoardMemberResponse(
    string BoardId,
    string UserId,
    string Roles,
    string MinimumRole,
    bool SchemeAdmin,
    bool SchemeEditor,
    bool SchemeCommenter,
    bool SchemeViewer,
    bool Synthetic);
