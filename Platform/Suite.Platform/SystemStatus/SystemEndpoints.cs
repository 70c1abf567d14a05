using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using Suite.Platform.Api;
using Suite.Platform.Modules;
using Suite.Platform.Storage;

namespace Suite.Platform.SystemStatus;

/// <summary><c>/api/v4/system/ping</c>, <c>/healthz</c>, <c>/readyz</c> and the list of loaded modules.</summary>
internal static class SystemEndpoints
{
    public const string ServerVersion = "10.11.0";

    private const string Ok = "OK";
    private const string Unhealthy = "UNHEALTHY";

    /// <summary>Mattermost's <c>&lt;version&gt;.&lt;build&gt;.&lt;config hash&gt;.&lt;licensed&gt;</c>, sent as <c>X-Version-Id</c> and in <c>hello</c>.</summary>
    public const string VersionId = ServerVersion + ".0.0.false";

    public static void MapSystemEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // As Mattermost: a plain ping says the process answers; get_server_status=true also checks the
        // database and file store; an unhealthy status is a 500 unless use_rest_semantics=true.
        endpoints.MapGet("/api/v4/system/ping", async (HttpContext http, NpgsqlDataSource db) =>
        {
            var query = http.Request.Query;
            var status = Ok;
            var body = new Dictionary<string, object>
            {
                ["AndroidLatestVersion"] = "",
                ["AndroidMinVersion"] = "",
                ["IosLatestVersion"] = "",
                ["IosMinVersion"] = "",
            };
            if (query["get_server_status"] == "true")
            {
                var database = await IsDatabaseUpAsync(db, http.RequestAborted) ? Ok : Unhealthy;
                if (database != Ok)
                {
                    status = Unhealthy;
                }

                body["database_status"] = database;
                body["filestore_status"] = Ok;
                http.Response.Headers["status"] = status;
                http.Response.Headers["database_status"] = database;
                http.Response.Headers["filestore_status"] = Ok;
            }

            body["status"] = status;
            body["ActiveSearchBackend"] = "database";
            var code = status == Ok || query["use_rest_semantics"] == "true" ? StatusCodes.Status200OK : StatusCodes.Status500InternalServerError;
            return TypedResults.Json(body, ApiJson.Options, ApiJson.ContentType, code);
        });

        endpoints.MapGet("/healthz", () => TypedResults.Text("alive"));

        endpoints.MapGet("/readyz", async (NpgsqlDataSource db, ReadinessState readiness, CancellationToken ct) =>
        {
            if (!readiness.MigrationsApplied)
            {
                return Results.Text("migrations pending", statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            return await IsDatabaseUpAsync(db, ct)
                ? Results.Text("ready")
                : Results.Text("database unreachable", statusCode: StatusCodes.Status503ServiceUnavailable);
        });

        endpoints.MapGet("/api/v4/modules", (ModuleCatalog catalog) => ApiResults.Ok(
            catalog.Modules.Select(m => new ModuleInfo(m.Module.Name, m.Module.Version.ToString(), m.Module.Schema))));
    }

    /// <summary>
    /// True when a query succeeds. A pooled connection the server dropped while it sat idle fails its
    /// first query although the server is back (Npgsql then empties the pool): that failure gets one
    /// more try, on a new connection.
    /// </summary>
    private static async Task<bool> IsDatabaseUpAsync(NpgsqlDataSource db, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            NpgsqlConnection connection;
            try
            {
                connection = await db.OpenConnectionAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
            {
                return false;
            }

            await using (connection)
            {
                try
                {
                    return await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken, commandTimeout: 3)) == 1;
                }
                catch (Exception ex) when (DatabaseFailures.IsConnectionLost(ex) && attempt == 1)
                {
                    continue;
                }
                catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
                {
                    return false;
                }
            }
        }
    }
}

/// <summary>Set once the start-up migrations succeeded.</summary>
internal sealed class ReadinessState
{
    public bool MigrationsApplied { get; set; }
}
