using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using Suite.Boards.Api;

namespace Suite.Boards.Server;

/// <summary>
/// Focalboard's <c>GET /hello</c> and <c>GET /ping</c> (<c>server/api/system.go</c>), beside the API rather than
/// under <c>/api/v2</c>: open to anyone, without the CSRF header. <c>ping</c> answers the server's metadata
/// with the plugin's edition and the <c>suite</c> SKU, as the Boards plugin does.
/// </summary>
internal static class ServerEndpoints
{
    public const string Root = "/plugins/focalboard";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Root + "/hello", () => TypedResults.Text("Hello", "text/plain; charset=utf-8"));

        endpoints.MapGet(Root + "/ping", async (NpgsqlDataSource database, HttpContext http) =>
        {
            await using var command = database.CreateCommand("SHOW server_version");
            var dbVersion = (string?)await command.ExecuteScalarAsync(http.RequestAborted) ?? "";
            var version = typeof(ServerEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
            return BoardsJson.Ok(new ServerMetadata(
                version.Split('+')[0],
                "",
                "",
                version.Contains('+', StringComparison.Ordinal) ? version[(version.IndexOf('+', StringComparison.Ordinal) + 1)..] : "",
                "plugin",
                "postgres",
                dbVersion,
                RuntimeInformation.OSDescription.Split(' ')[0].ToLowerInvariant(),
                RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant(),
                "suite"));
        });
    }

    /// <summary>Focalboard's <c>ServerMetadata</c>.</summary>
    internal sealed record ServerMetadata(
        string Version,
        [property: JsonPropertyName("build_number")] string BuildNumber,
        [property: JsonPropertyName("build_date")] string BuildDate,
        string Commit,
        string Edition,
        [property: JsonPropertyName("db_type")] string DbType,
        [property: JsonPropertyName("db_version")] string DbVersion,
        [property: JsonPropertyName("os_type")] string OsType,
        [property: JsonPropertyName("os_arch")] string OsArch,
        string Sku);
}
