namespace Suite.Playbooks.Keywords;

/// <summary>
/// A prompt Playbooks posted in a thread because a post held a channel's keywords: which post, whose,
/// and which playbooks it offers. The signal endpoints find it by the post that held the keywords
/// (Mattermost's button context <c>postID</c>). Stored as a Marten document before the prompt is posted,
/// so a button pressed at once finds it; Suite's modules cannot read another module's posts.
/// </summary>
public sealed class KeywordPrompt
{
    /// <summary>The post that held the keywords (each post is checked once, so it has at most one prompt).</summary>
    public string Id { get; set; } = "";

    /// <summary>The prompt post; empty until it is written.</summary>
    public string PromptPostId { get; set; } = "";

    public string ChannelId { get; set; } = "";

    public string TeamId { get; set; } = "";

    /// <summary>Its thread root; empty when it was a root post.</summary>
    public string TriggerRootId { get; set; } = "";

    /// <summary>Its author, for whom "ignore thread" is recorded.</summary>
    public string TriggerUserId { get; set; } = "";

    public List<string> PlaybookIds { get; set; } = [];

    public List<string> Keywords { get; set; } = [];

    public long CreateAt { get; set; }
}

/// <summary>A prompt someone has answered (run or ignore); a second answer is refused.</summary>
public sealed class KeywordPromptAnswer
{
    /// <summary>The prompt's id (the post that held the keywords).</summary>
    public string Id { get; set; } = "";
}

/// <summary>A thread whose keywords no longer prompt for one author (Mattermost keeps this in memory; here it lasts).</summary>
public sealed class IgnoredKeywordThread
{
    /// <summary><c>{post_id}:{user_id}</c>.</summary>
    public string Id { get; set; } = "";

    public static string IdOf(string postId, string userId) => $"{postId}:{userId}";
}

/// <summary>How a prompt post is marked.</summary>
public static class KeywordPromptPosts
{
    /// <summary>The prompt's post type; posts of this type never prompt.</summary>
    public const string PostType = "custom_keywords_prompt";
}
