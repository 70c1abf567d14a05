using Suite.Platform.Mediator;

namespace Suite.Channels.Contracts;

/// <summary>
/// Creates a post acting as <see cref="UserId"/> (a person or a bot), with the same rules, counters,
/// mentions and realtime events as a post made over the API. The author must be a member of the
/// channel; a reply's <see cref="RootId"/> must be a post in the same channel. Integrations set
/// <see cref="FromWebhook"/> so that the post neither reads the channel for its author nor marks
/// them online, as Mattermost does for webhook posts.
/// </summary>
public sealed record CreatePost : IRequest<PostInfo>, IAnonymousRequest
{
    /// <summary>The channel to post in.</summary>
    public required string ChannelId { get; init; }

    /// <summary>The author.</summary>
    public required string UserId { get; init; }

    /// <summary>Markdown, at most 16,383 characters; stored as written.</summary>
    public string Message { get; init; } = "";

    /// <summary>The thread root for a reply; empty for a root post.</summary>
    public string RootId { get; init; } = "";

    /// <summary>Post props as a JSON object (for example <c>{"attachments":[...]}</c>); null for none.</summary>
    public string? PropsJson { get; init; }

    /// <summary>Ids of uploaded files to attach.</summary>
    public IReadOnlyList<string> FileIds { get; init; } = [];

    /// <summary>A custom post type (<c>custom_*</c>) or empty; system types are refused.</summary>
    public string Type { get; init; } = "";

    /// <summary>True for posts made by integrations (webhooks, bots, playbooks).</summary>
    public bool FromWebhook { get; init; }
}

/// <summary>A post, as other modules see it.</summary>
/// <param name="Id">The post's id.</param>
/// <param name="ChannelId">Its channel.</param>
/// <param name="UserId">Its author.</param>
/// <param name="RootId">Its thread root; empty for a root post.</param>
/// <param name="Message">Its Markdown text.</param>
/// <param name="Type">Its type; empty for an ordinary post.</param>
/// <param name="CreateAt">Creation time, in Unix milliseconds.</param>
public sealed record PostInfo(string Id, string ChannelId, string UserId, string RootId, string Message, string Type, long CreateAt);

/// <summary>
/// Published after a post was committed (over the API, by a module, or a system message), once
/// per post; a retried create that returned an earlier post publishes nothing.
/// </summary>
public sealed record PostCreated : INotification
{
    /// <summary>The post.</summary>
    public required PostInfo Post { get; init; }

    /// <summary>The channel's team; empty for direct and group channels.</summary>
    public required string TeamId { get; init; }

    /// <summary>The channel's type: <c>O</c>, <c>P</c>, <c>D</c> or <c>G</c>.</summary>
    public required string ChannelType { get; init; }

    /// <summary>The channel's URL name.</summary>
    public required string ChannelName { get; init; }

    /// <summary>Ids of the files attached.</summary>
    public IReadOnlyList<string> FileIds { get; init; } = [];

    /// <summary>The post's props as a JSON object.</summary>
    public string PropsJson { get; init; } = "{}";

    /// <summary>Members whose mention count the post raised.</summary>
    public IReadOnlyList<string> MentionedUserIds { get; init; } = [];

    /// <summary>True when an integration made the post.</summary>
    public bool FromWebhook { get; init; }
}
