using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.SearchPosts;

/// <summary>
/// <c>POST /api/v4/teams/{team_id}/posts/search</c> (the team's channels and the caller's direct and
/// group channels) and <c>POST /api/v4/posts/search</c> (every channel of the caller): the posts
/// matching <see cref="Terms"/> in channels the caller is a member of, newest first.
/// </summary>
internal sealed record SearchPostsRequest : IRequest<PostSearchResults>
{
    public const int DefaultPerPage = 60;
    public const int MaxPerPage = 200;
    public const int MaxTermsLength = 1024;

    /// <summary>Empty to search across all teams.</summary>
    public string TeamId { get; init; } = "";

    public string Terms { get; init; } = "";
    public bool IsOrSearch { get; init; }

    /// <summary>Seconds east of UTC; dates in <c>before:</c>, <c>after:</c> and <c>on:</c> are days in this offset.</summary>
    public int TimeZoneOffset { get; init; }

    public bool IncludeDeletedChannels { get; init; }
    public int Page { get; init; }
    public int PerPage { get; init; } = DefaultPerPage;
}

/// <summary>The search body as Mattermost's client sends it.</summary>
internal sealed record SearchPostsBody
{
    public string? Terms { get; init; }
    public bool? IsOrSearch { get; init; }
    public int? TimeZoneOffset { get; init; }
    public bool? IncludeDeletedChannels { get; init; }
    public int? Page { get; init; }
    public int? PerPage { get; init; }
}
