using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Suite.Platform.Api;

/// <summary>
/// Mattermost's <c>page</c>/<c>per_page</c> query parameters: <c>page</c> is 0-based, <c>per_page</c>
/// defaults to 60 and is capped at 200; values that are missing, negative or not numbers fall back to
/// the defaults, as Mattermost's parameter parsing does.
/// </summary>
internal readonly record struct Paging(int Page, int PerPage)
{
    public const int DefaultPerPage = 60;
    public const int MaxPerPage = 200;

    public static readonly Paging Default = new(0, DefaultPerPage);

    public long Offset => (long)Page * PerPage;

    public static Paging From(IQueryCollection query)
    {
        var page = ReadInt(query["page"], 0);
        var perPage = ReadInt(query["per_page"], DefaultPerPage);
        return new Paging(page, Math.Min(perPage, MaxPerPage));
    }

    private static int ReadInt(string? value, int fallback) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : fallback;
}
