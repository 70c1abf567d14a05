using System.Linq.Expressions;
using Marten;

namespace Suite.Playbooks.Api;

/// <summary>Playbooks' paged list: <c>{total_count, page_count, per_page, has_more, items}</c>.</summary>
public sealed record Page<T>(int TotalCount, int PageCount, int PerPage, bool HasMore, IReadOnlyList<T> Items);

internal static class Page
{
    /// <summary>Counts <paramref name="filtered"/>, then reads the requested page of it in <paramref name="sorted"/>'s order.</summary>
    public static async Task<Page<T>> ReadAsync<T>(IQueryable<T> filtered, Func<IQueryable<T>, IQueryable<T>> sorted, Paging paging, CancellationToken cancellationToken)
        where T : notnull
    {
        var total = await filtered.CountAsync(cancellationToken);
        var items = await sorted(filtered).Skip(paging.Page * paging.PerPage).Take(paging.PerPage).ToListAsync(cancellationToken);
        return Of(items, total, paging.Page, paging.PerPage);
    }

    /// <summary>Ascending or descending by <paramref name="key"/>.</summary>
    public static IQueryable<T> By<T, TKey>(this IQueryable<T> query, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? query.OrderByDescending(key) : query.OrderBy(key);

    public static Page<T> Of<T>(IReadOnlyList<T> items, int totalCount, int page, int perPage) =>
        new(totalCount, perPage == 0 ? 0 : (totalCount + perPage - 1) / perPage, perPage, (page + 1) * perPage < totalCount, items);
}

/// <summary>Paging and sorting as the query string gives them.</summary>
internal sealed record Paging(int Page, int PerPage, string Sort, bool Descending)
{
    public const int MaxPerPage = 1000;
}
