using Dapper;
using Npgsql;
using Suite.Platform.Storage;
using Suite.Testing;

namespace Suite.Platform.Tests.Storage;

public sealed class ListenerConnectionsTests
{
    [Test]
    public async Task Closing_EndsTheSession_SoNoLaterUserOfAConnectionInheritsItsListen()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var listeners = new ListenerConnections(connectionString);
        int backend;
        await using (var connection = await listeners.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("LISTEN listener_connections_test");
            backend = connection.ProcessID;
        }

        await using var observer = NpgsqlDataSource.Create(connectionString);
        await using var check = await observer.OpenConnectionAsync();
        var alive = 1L;
        for (var attempt = 0; attempt < 100 && alive > 0; attempt++)
        {
            alive = await check.ExecuteScalarAsync<long>("SELECT count(*) FROM pg_stat_activity WHERE pid = @backend", new { backend });
            if (alive > 0)
            {
                await Task.Delay(50);
            }
        }

        Assert.That(alive, Is.Zero, "the listening backend ended when its connection closed");
    }
}
