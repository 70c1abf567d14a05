using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using Suite.Platform.Api;
using Suite.Platform.Modules;

namespace Suite.Platform.SystemStatus;

/// <summary><c>/api/v4/system/ping</c>, <c>/healthz</c>, <c>/readyz</c> and the list of loaded modules.</summary>
internal static class SystemEndpoints
{
    public const string ServerVersion = "10.11.0";

    /// <summary>Mattermost's <c>&lt;version&gt;.&lt;build&gt;.&lt;config hash&gt;.&lt;licensed&gt;</c>, sent as <c>X-Version-Id</c> and in <c>hello</c>.</summary>
    public const string VersionId = ServerVersion + ".0.0.false";

    public static void MapSystemEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v4/system/ping", async (HttpContext http, NpgsqlDataSource db, HttpRequest request) =>
        {
            var databaseUp = await IsDatabaseUpAsync(db, http.RequestAborted);
            var withStatus = request.Query["get_server_status"] == "true";
            var restSemantics = request.Query["use_rest_semantics"] == "true";
            var status = databaseUp ? "OK" : "UNHEALTHY";
            var body = new Dictionary<string, object>
            {
                ["status"] = status,
                ["AndroidLatestVersion"] = "",
                ["AndroidMinVersion"] = "",
                ["IosLatestVersion"] = "",
                ["IosMinVersion"] = "",
                ["ActiveSearchBackend"] = "database",
            };
            if (withStatus)
            {
                body["database_status"] = databaseUp ? "OK" : "UNHEALTHY";
                body["filestore_status"] = "OK";
                http.Response.Headers["database_status"] = (string)body["database_status"];
            }

            return databaseUp || restSemantics ? ApiResults.Ok(body) : TypedResults.Json(body, ApiJson.Options, ApiJson.ContentType, 500);
        });

        endpoints.MapGet("/healthz", () => TypedResults.Text("alive"));

        endpoints.MapGet("/readyz", async (NpgsqlDataSource db, ReadinessState readiness, CancellationToken ct) =>
        {
            if (!readiness.MigrationsApplied)
            {
                return Results.Text("migrations pending", statusCode: 503);
            }

            return await IsDatabaseUpAsync(db, ct) ? Results.Text("ready") : Results.Text("database unreachable", statusCode: 503);
        });

        endpoints.MapGet("/api/v4/modules", (ModuleCatalog catalog) => ApiResults.Ok(
            catalog.Modules.Select(m => new ModuleInfo(m.Module.Name, m.Module.Version.ToString(), m.Module.Schema))));
    }

    private static async Task<bool> IsDatabaseUpAsync(NpgsqlDataSource db, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            return await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken, commandTimeout: 3)) == 1;
        }
        catch (Exception ex) when (Api.ApiErrorMiddleware.IsDatabaseUnavailable(ex) || ex is NpgsqlException or TimeoutException)
        {
            return false;
        }
    }
}

/// <summary>Set once the start-up migrations succeeded.</summary>
internal sealed class ReadinessState
{
    public bool MigrationsApplied { get; set; }
}
