using Suite.Channels.Threads;
using Suite.Channels.Threads.GetThreads;
using Suite.Platform.Mediator;

namespace Suite.Channels.Web.Threads;

/// <summary>
/// The Threads view's list: the viewer's followed threads, newest reply first, read a page at a time with the
/// API's <c>before</c> cursor (the last thread shown), as Mattermost's view loads more while scrolling.
/// </summary>
internal sealed class FollowedThreads(ISender sender, string viewerId, string teamId)
{
    public const int PageSize = 100;

    private List<ThreadSummary> _items = [];

    public IReadOnlyList<ThreadSummary> Items => _items;

    /// <summary>How many threads the viewer follows in the team, shown or not.</summary>
    public long Total { get; private set; }

    public bool HasMore => _items.Count < Total;

    /// <summary>Reads the list again from the newest, as far down as it was read before (at least a page).</summary>
    public async Task RefreshAsync()
    {
        var wanted = Math.Max(PageSize, _items.Count);
        var items = new List<ThreadSummary>();
        while (true)
        {
            var page = await PageAsync(items.Count > 0 ? items[^1].Id : "");
            Append(items, page);
            if (page.Count < PageSize || items.Count >= wanted)
            {
                break;
            }
        }

        _items = items;
    }

    /// <summary>Adds the next page below the threads shown.</summary>
    public async Task LoadMoreAsync()
    {
        if (_items.Count > 0)
        {
            Append(_items, await PageAsync(_items[^1].Id));
        }
    }

    private async Task<IReadOnlyList<ThreadSummary>> PageAsync(string before)
    {
        var threads = await sender.Send(new GetThreadsRequest(viewerId, teamId, new ThreadQuery { PageSize = PageSize, Before = before }));
        Total = threads.Total;
        return threads.Threads.Select(ThreadSummary.From).ToList();
    }

    // A thread that moved while paging (a new reply lifts it to the top) is listed once.
    private static void Append(List<ThreadSummary> items, IReadOnlyList<ThreadSummary> page)
    {
        var shown = items.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        items.AddRange(page.Where(t => shown.Add(t.Id)));
    }
}
