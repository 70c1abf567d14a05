using Dapper;
using Npgsql;
using Suite.Platform.Storage;
using Suite.Testing;

namespace Suite.Platform.Tests.Storage;

/// <summary>The host's pool hands connections back without resetting them; these are the states that must not travel.</summary>
public sealed class ConnectionPoolTests
{
    [Test]
    public async Task AConnectionClosedInsideATransaction_GoesBackToThePoolWithoutIt()
    {
        await using var host = await SuiteTestServer.StartAsync(modules: [], settings: new Dictionary<string, string?> { ["Suite:Cluster:Enabled"] = "false" });
        var db = host.Service<NpgsqlDataSource>();
        int backend;
        await using (var connection = await db.OpenConnectionAsync())
        {
            // A transaction begun in SQL has no NpgsqlTransaction whose disposal would roll it back:
            // only the pool's return of the connection can end it.
            await connection.ExecuteAsync("BEGIN; SELECT txid_current();");
            backend = connection.ProcessID;
        }

        Assert.That(await BackendStateAsync(host.ConnectionString, backend, "idle in transaction"), Is.Not.EqualTo("idle in transaction"));
    }

    [Test]
    public async Task AListenerConnection_WhenClosed_EndsItsSession_SoNoLaterUserInheritsItsListen()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var listeners = new ListenerConnections(connectionString);
        int backend;
        await using (var connection = await listeners.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("LISTEN listener_connections_test");
            backend = connection.ProcessID;
        }

        Assert.That(await BackendStateAsync(connectionString, backend, "idle"), Is.Null, "the listening backend ended when its connection closed");
    }

    // The backend's state once it has left the given one (or after a few seconds); null once it has ended.
    private static async Task<string?> BackendStateAsync(string connectionString, int backend, string leaving)
    {
        await using var observer = new NpgsqlConnection(connectionString);
        await observer.OpenAsync();
        string? state = leaving;
        for (var attempt = 0; attempt < 100 && state == leaving; attempt++)
        {
            state = await observer.ExecuteScalarAsync<string?>("SELECT coalesce(state, '') FROM pg_stat_activity WHERE pid = @backend", new { backend });
            if (state == leaving)
            {
                await Task.Delay(50);
            }
        }

        return state;
    }
}
