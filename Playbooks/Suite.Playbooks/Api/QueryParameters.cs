using Microsoft.AspNetCore.Http;
using Suite.Platform.Errors;

namespace Suite.Playbooks.Api;

/// <summary>Reads the Playbooks API's query parameters; a malformed number or flag is a 400 naming it.</summary>
internal static class QueryParameters
{
    public static Paging Paging(this HttpRequest request, string defaultSort, int defaultPerPage = Api.Paging.MaxPerPage) =>
        new(
            request.Int("page", 0),
            request.Int("per_page", defaultPerPage),
            request.Text("sort") is { Length: > 0 } sort ? sort.ToLowerInvariant() : defaultSort,
            request.Text("direction") is { Length: > 0 } direction
                ? direction.ToLowerInvariant() switch
                {
                    "asc" => false,
                    "desc" => true,
                    _ => throw AppErrorException.InvalidUrl("direction"),
                }
                : defaultSort == "create_at");

    public static string Text(this HttpRequest request, string name) => request.Query[name].ToString();

    public static int Int(this HttpRequest request, string name, int fallback)
    {
        var value = request.Query[name].ToString();
        return value.Length == 0 ? fallback : int.TryParse(value, out var parsed) ? parsed : throw AppErrorException.InvalidUrl(name);
    }

    public static bool Flag(this HttpRequest request, string name)
    {
        var value = request.Query[name].ToString();
        return value.Length != 0 && (bool.TryParse(value, out var parsed) ? parsed : throw AppErrorException.InvalidUrl(name));
    }

    public static IReadOnlyList<string> All(this HttpRequest request, string name) =>
        request.Query[name].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}
