using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Suite.Platform.Storage;
using Suite.Testing;

namespace Suite.Platform.Tests.Storage;

public sealed class EmbeddedPostgresTests
{
    [Test]
    public async Task Host_WithoutConnectionString_KeepsItsDataAcrossRestartsAndStopsPostgresLast()
    {
        var dataDirectory = TestDirectories.Create("embedded");
        try
        {
            string stoppedConnectionString;
            await using (var first = await StartEmbeddedHostAsync(dataDirectory))
            {
                var db = first.Services.GetRequiredService<NpgsqlDataSource>();
                await using (var connection = await db.OpenConnectionAsync())
                {
                    await connection.ExecuteAsync("CREATE TABLE public.notes (body text NOT NULL); INSERT INTO public.notes VALUES ('written while running');");
                }

                stoppedConnectionString = first.Services.GetRequiredService<EmbeddedPostgres>().ConnectionString("suite");
                await first.StopAsync();
            }

            Assert.That(File.Exists(Path.Combine(dataDirectory, "postgres", "postmaster.pid")), Is.False, "PostgreSQL stopped with the host");
            await using (var probe = new NpgsqlConnection(stoppedConnectionString + ";Pooling=false"))
            {
                Assert.ThrowsAsync<NpgsqlException>(() => probe.OpenAsync());
            }

            await using var second = await StartEmbeddedHostAsync(dataDirectory);
            await using var again = await second.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
            var notes = await again.QueryAsync<string>("SELECT body FROM public.notes ORDER BY body");
            Assert.That(notes, Is.EqualTo(new List<string> { "written while running", "written while stopping" }));
            await second.StopAsync();
        }
        finally
        {
            TestDirectories.Delete(dataDirectory);
        }
    }

    [Test]
    public async Task Start_WhenAServerLeftByAKilledHostStillRuns_TakesOverTheDataDirectory()
    {
        var directory = TestDirectories.Create("orphan");
        try
        {
            var orphan = await TestPostgres.StartPrivateAsync(directory);

            await using var server = await TestPostgres.StartPrivateAsync(directory);

            await using var connection = new NpgsqlConnection(server.ConnectionString());
            Assert.That(await connection.ExecuteScalarAsync<int>("SELECT 1"), Is.EqualTo(1));
            await using var toOrphan = new NpgsqlConnection(orphan.ConnectionString() + ";Pooling=false");
            Assert.ThrowsAsync<NpgsqlException>(() => toOrphan.OpenAsync(), "the orphaned server was stopped");
        }
        finally
        {
            TestDirectories.Delete(directory);
        }
    }

    [Test]
    public void FindBinaries_PrefersTheDirectoryPgConfigNames()
    {
        var root = TestDirectories.Create("pgbin");
        try
        {
            var fromPgConfig = FakeInstall(Path.Combine(root, "custom", "bin"));
            FakeInstall(Path.Combine(root, "packages", "17", "bin"));

            Assert.That(EmbeddedPostgres.FindBinaries(fromPgConfig, Path.Combine(root, "packages")), Is.EqualTo(fromPgConfig));
        }
        finally
        {
            TestDirectories.Delete(root);
        }
    }

    [Test]
    public void FindBinaries_WithoutPgConfig_PicksTheNewestCompleteInstall()
    {
        var root = TestDirectories.Create("pgbin");
        try
        {
            FakeInstall(Path.Combine(root, "9.6", "bin"));
            var fifteen = FakeInstall(Path.Combine(root, "15", "bin"));
            FakeInstall(Path.Combine(root, "13", "bin"));
            Directory.CreateDirectory(Path.Combine(root, "16", "bin"));
            File.WriteAllText(Path.Combine(root, "16", "bin", "psql"), "");

            Assert.That(EmbeddedPostgres.FindBinaries(null, root), Is.EqualTo(fifteen));
        }
        finally
        {
            TestDirectories.Delete(root);
        }
    }

    [Test]
    public void FindBinaries_WhenPostgresIsNotInstalled_SaysHowToInstallOrWhatToConfigure()
    {
        var root = TestDirectories.Create("pgbin");
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => EmbeddedPostgres.FindBinaries(Path.Combine(root, "nothing"), root));

            Assert.That(error!.Message, Does.Contain("PostgreSQL is not installed")
                .And.Contain("apt-get install -y postgresql")
                .And.Contain("ConnectionStrings:Suite"));
        }
        finally
        {
            TestDirectories.Delete(root);
        }
    }

    private static string FakeInstall(string bin)
    {
        Directory.CreateDirectory(bin);
        File.WriteAllText(Path.Combine(bin, "initdb"), "");
        File.WriteAllText(Path.Combine(bin, "pg_ctl"), "");
        return bin;
    }

    private static async Task<WebApplication> StartEmbeddedHostAsync(string dataDirectory)
    {
        var app = await SuiteApplication.CreateAsync([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["ConnectionStrings:Suite"] = "",
                ["Suite:DataDirectory"] = dataDirectory,
                ["Suite:Modules"] = "",
                ["Logging:LogLevel:Default"] = "Warning",
            });
            builder.Logging.ClearProviders();
            builder.Services.AddHostedService<WritesWhileStopping>();
        });
        await app.StartAsync();
        return app;
    }

    // Registered before the Platform's services, so it stops after them: the database must still be there.
    private sealed class WritesWhileStopping(NpgsqlDataSource db) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await connection.ExecuteAsync(
                "INSERT INTO public.notes SELECT 'written while stopping' WHERE to_regclass('public.notes') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM public.notes WHERE body = 'written while stopping')");
        }
    }
}
