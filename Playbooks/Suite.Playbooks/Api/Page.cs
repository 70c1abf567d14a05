namespace Suite.Playbooks.Api;

/// <summary>Playbooks' paged list: <c>{total_count, page_count, per_page, has_more, items}</c>.</summary>
public sealed record Page<T>(int TotalCount, int PageCount, int PerPage, bool HasMore, IReadOnlyList<T> Items);

internal static class Page
{
    public static Page<T> Of<T>(IReadOnlyList<T> items, int totalCount, int page, int perPage) =>
        new(totalCount, perPage == 0 ? 0 : (totalCount + perPage - 1) / perPage, perPage, (page + 1) * perPage < totalCount, items);
}

/// <summary>Paging and sorting as the query string gives them.</summary>
internal sealed record Paging(int Page, int PerPage, string Sort, bool Descending)
{
    public const int MaxPerPage = 1000;
}
