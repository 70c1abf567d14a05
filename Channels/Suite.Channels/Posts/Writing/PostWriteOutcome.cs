namespace Suite.Channels.Posts.Writing;

/// <summary>What became of a post sent to its channel's grain.</summary>
internal enum PostWriteStatus
{
    /// <summary>Committed.</summary>
    Written,

    /// <summary>The author already made a post with the same pending id (a retried request): nothing was written.</summary>
    AlreadyWritten,

    /// <summary>The draft required membership and its author was not a member: nothing was written.</summary>
    AuthorNotMember,

    /// <summary>The channel is archived or gone: nothing was written.</summary>
    ChannelArchived,
}

/// <summary>
/// A post write's outcome, as a value (refusals are no exceptions). For a written post: its
/// <c>create_at</c>, its thread's counts, whom it mentions and the channel and members as the commit saw them.
/// </summary>
[GenerateSerializer, Immutable]
internal sealed record PostWriteOutcome
{
    [Id(0)] public required PostWriteStatus Status { get; init; }
    [Id(1)] public long CreateAt { get; init; }
    [Id(2)] public long ReplyCount { get; init; }
    [Id(3)] public long LastReplyAt { get; init; }
    [Id(4)] public string[] MentionedUserIds { get; init; } = [];
    [Id(5)] public ChannelSnapshot? Channel { get; init; }
    [Id(6)] public string[] MemberIds { get; init; } = [];
    [Id(7)] public Dictionary<string, string> Usernames { get; init; } = [];

    public static readonly PostWriteOutcome AlreadyWritten = new() { Status = PostWriteStatus.AlreadyWritten };
    public static readonly PostWriteOutcome AuthorNotMember = new() { Status = PostWriteStatus.AuthorNotMember };
    public static readonly PostWriteOutcome ChannelArchived = new() { Status = PostWriteStatus.ChannelArchived };
}
