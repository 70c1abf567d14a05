using System.Globalization;
using Microsoft.AspNetCore.Http;
using Suite.Platform.Errors;

namespace Suite.Channels.Api;

/// <summary>Mattermost's query parameters: 0-based <c>page</c>, <c>per_page</c> defaulting to 60 and capped at 200, booleans as strings.</summary>
internal static class QueryParams
{
    public const int DefaultPerPage = 60;
    public const int MaxPerPage = 200;

    public static (int Page, int PerPage) Paging(HttpRequest request, string perPageName = "per_page")
    {
        var page = Int(request, "page") ?? 0;
        var perPage = Int(request, perPageName) ?? DefaultPerPage;
        if (page < 0)
        {
            throw AppErrorException.InvalidUrl("page");
        }

        if (perPage < 0)
        {
            throw AppErrorException.InvalidUrl(perPageName);
        }

        return (page, Math.Min(perPage, MaxPerPage));
    }

    public static int? Int(HttpRequest request, string name)
    {
        var raw = request.Query[name].ToString();
        if (raw.Length == 0)
        {
            return null;
        }

        return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw AppErrorException.InvalidUrl(name);
    }

    public static long? Long(HttpRequest request, string name)
    {
        var raw = request.Query[name].ToString();
        if (raw.Length == 0)
        {
            return null;
        }

        return long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw AppErrorException.InvalidUrl(name);
    }

    public static bool Bool(HttpRequest request, string name)
    {
        var raw = request.Query[name].ToString();
        return raw.Length != 0 && (bool.TryParse(raw, out var value) ? value : throw AppErrorException.InvalidUrl(name));
    }

    public static string String(HttpRequest request, string name) => request.Query[name].ToString();
}
