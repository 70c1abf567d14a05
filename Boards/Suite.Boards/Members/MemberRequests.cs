namespace Suite.Boards.Members;

/// <summary>The body of <c>POST /boards/{id}/members</c> and <c>PUT /boards/{id}/members/{userId}</c>: Focalboard's <c>BoardMember</c>, of which only these count.</summary>
public sealed class MemberBody
{
    public string UserId { get; set; } = "";

    public bool SchemeAdmin { get; set; }

    public bool SchemeEditor { get; set; }

    public bool SchemeCommenter { get; set; }

    public bool SchemeViewer { get; set; }
}
