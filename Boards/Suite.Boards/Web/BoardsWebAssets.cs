using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Suite.Boards.Web;

/// <summary>
/// The Boards screens' own stylesheet and script, embedded in the module and served by it, so the
/// Platform's shared assets do not grow with every module.
/// </summary>
internal static class BoardsWebAssets
{
    public const string Root = "/boards-web/";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
    };

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Root + "{file}", (HttpContext http, string file) =>
        {
            var stream = typeof(BoardsWebAssets).Assembly.GetManifestResourceStream("boards-web/" + file);
            if (stream is null || !ContentTypes.TryGetValue(Path.GetExtension(file), out var contentType))
            {
                stream?.Dispose();
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "no-cache";
            return Results.Stream(stream, contentType);
        });
}
