using System.Net;
using Dapper;
using Npgsql;
using Suite.Platform.Storage.Migrations;
using Suite.Testing;

namespace Suite.Platform.Tests.Storage;

public sealed class HostMigrationTests
{
    [Test]
    public async Task Start_WhenTwoHostsStartTogetherOnAnEmptyDatabase_EachMigrationIsAppliedOnceAndBothServe()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();

        var servers = await Task.WhenAll(SuiteTestServer.StartAsync(connectionString), SuiteTestServer.StartAsync(connectionString));
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            var modules = await connection.QueryAsync<string>("SELECT DISTINCT module FROM platform.schema_migrations ORDER BY module");

            Assert.That(modules, Is.EqualTo(SuiteTestServer.ProductModules.Append("Platform").Order(StringComparer.Ordinal)));
            foreach (var server in servers)
            {
                using var client = server.CreateClient();
                using var response = await client.GetAsync("/api/v4/modules");
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), server.BaseAddress.ToString());
            }
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }

    [Test]
    public async Task Start_WhenAppliedMigrationChanged_RefusesWithClearMessage()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        var platform = MigrationRunner.ReadEmbedded("Platform", "platform", typeof(SuiteApplication).Assembly);
        await using (var db = NpgsqlDataSource.Create(connectionString))
        {
            await MigrationRunnerTests.Runner(db).ApplyAsync(platform);
            await using var connection = await db.OpenConnectionAsync();
            await connection.ExecuteAsync("UPDATE platform.schema_migrations SET checksum = repeat('0', 64) WHERE module = 'Platform' AND version = @Version", platform[0]);
        }

        var error = Assert.ThrowsAsync<MigrationException>(() => SuiteTestServer.StartAsync(connectionString, modules: []));

        Assert.That(error!.Message, Does.StartWith("Suite will not start")
            .And.Contain($"{platform[0].FileName} of module Platform")
            .And.Contain("recorded checksum 000000000000")
            .And.Contain("restore the file"));
    }
}
