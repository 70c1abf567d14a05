using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Suite.Platform.Storage;

namespace Suite.Testing;

/// <summary>
/// One embedded PostgreSQL per test process, started with the product's own launcher, in a fresh
/// temporary directory; every fixture gets its own database on it.
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<Task<EmbeddedPostgres>> Server = new(StartAsync);

    /// <summary>The shared server, started on first use.</summary>
    public static Task<EmbeddedPostgres> ServerAsync() => Server.Value;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = await Server.Value;
        var name = "test_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(server.ConnectionString());
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return server.ConnectionString(name);
    }

    /// <summary>Stops the shared server and removes its files; call once when the test run ends.</summary>
    public static async Task StopAsync()
    {
        if (!Server.IsValueCreated)
        {
            return;
        }

        var server = await Server.Value;
        await server.StopAsync();
        TestDirectories.Delete(Path.GetDirectoryName(server.DataDirectory)!);
    }

    /// <summary>Starts a server of one's own (for tests that stop and restart PostgreSQL).</summary>
    public static Task<EmbeddedPostgres> StartPrivateAsync(string directory, int? port = null) =>
        EmbeddedPostgres.StartAsync(Path.Combine(directory, "postgres"), NullLogger.Instance, port);

    private static Task<EmbeddedPostgres> StartAsync() =>
        StartPrivateAsync(TestDirectories.Create("pg"));
}
