using System.Globalization;
using Microsoft.AspNetCore.Http;
using Suite.Channels.Api;
using Suite.Platform.Errors;

namespace Suite.Channels.Posts.GetThread;

/// <summary>
/// Mattermost's paging of a thread (camelCase query parameters, unlike the channel's posts):
/// <c>perPage</c> (0 = the whole thread), <c>direction</c> (<c>down</c> = oldest first from the
/// cursor, <c>up</c> = newest first), the cursor <c>fromCreateAt</c> (with <c>fromPost</c> to break
/// ties) or <c>fromUpdateAt</c>, <c>updatesOnly</c> (changes after <c>fromUpdateAt</c>, deleted
/// replies included), <c>skipFetchThreads</c> (only the post) and <c>collapsedThreads</c> (the post
/// and its direct replies). Flags are true only when spelled <c>true</c>, as Mattermost reads them here.
/// </summary>
internal sealed record ThreadPaging
{
    public static readonly ThreadPaging Everything = new();

    public int PerPage { get; init; }
    public ThreadDirection Direction { get; init; }
    public long FromCreateAt { get; init; }
    public string FromPost { get; init; } = "";
    public long FromUpdateAt { get; init; }
    public bool UpdatesOnly { get; init; }
    public bool SkipFetchThreads { get; init; }
    public bool CollapsedThreads { get; init; }

    /// <summary>Reads the query in Mattermost's order of checks; a bad value is its 400 naming the parameter.</summary>
    public static ThreadPaging FromQuery(HttpRequest request)
    {
        var perPage = 0;
        if (Raw(request, "perPage") is { } perPageText
            && (!int.TryParse(perPageText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out perPage) || perPage < 0 || perPage > QueryParams.MaxPerPage))
        {
            throw AppErrorException.InvalidBody("perPage");
        }

        var fromCreateAt = Long(request, "fromCreateAt");
        var fromPost = request.Query["fromPost"].ToString();
        if (fromPost.Length > 0 && fromCreateAt == 0)
        {
            throw AppErrorException.InvalidBody("if fromPost is set, then fromCreateAt must also be set");
        }

        var fromUpdateAt = Long(request, "fromUpdateAt");
        if (fromUpdateAt != 0 && fromCreateAt != 0)
        {
            throw AppErrorException.InvalidBody("fromUpdateAt", "both fromUpdateAt and fromCreateAt cannot be set");
        }

        var updatesOnly = Flag(request, "updatesOnly");
        if (updatesOnly && fromUpdateAt == 0)
        {
            throw AppErrorException.InvalidBody("fromUpdateAt", "fromUpdateAt must be set if updatesOnly is set");
        }

        var direction = Raw(request, "direction") switch
        {
            null => ThreadDirection.Unspecified,
            "up" => ThreadDirection.Up,
            "down" => ThreadDirection.Down,
            _ => throw AppErrorException.InvalidBody("direction"),
        };
        if (updatesOnly && direction == ThreadDirection.Up)
        {
            throw AppErrorException.InvalidBody("updatesOnly", "updatesOnly flag cannot be used with up direction");
        }

        return new ThreadPaging
        {
            PerPage = perPage,
            Direction = direction,
            FromCreateAt = fromCreateAt,
            FromPost = fromPost,
            FromUpdateAt = fromUpdateAt,
            UpdatesOnly = updatesOnly,
            SkipFetchThreads = Flag(request, "skipFetchThreads"),
            CollapsedThreads = Flag(request, "collapsedThreads"),
        };
    }

    private static string? Raw(HttpRequest request, string name) =>
        request.Query[name].ToString() is { Length: > 0 } value ? value : null;

    private static long Long(HttpRequest request, string name) =>
        Raw(request, name) is not { } text
            ? 0
            : long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : throw AppErrorException.InvalidBody(name);

    private static bool Flag(HttpRequest request, string name) => request.Query[name].ToString() == "true";
}

internal enum ThreadDirection
{
    Unspecified,
    Up,
    Down,
}
