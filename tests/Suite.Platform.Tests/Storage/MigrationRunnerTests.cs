using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Suite.Platform.Storage.Migrations;
using Suite.Testing;

namespace Suite.Platform.Tests.Storage;

public sealed class MigrationRunnerTests
{
    private static readonly Migration CreateNotes = new("Sample", "sample", 1, "create_notes",
        "CREATE TABLE sample.notes (id int PRIMARY KEY, body text NOT NULL);");

    // Not idempotent on purpose: a second run fails on the primary key, a run outside the lock races.
    private static readonly Migration SeedNotes = new("Sample", "sample", 2, "seed_notes",
        "INSERT INTO sample.notes VALUES (1, 'first');");

    private static readonly Migration CreateOther = new("Other", "other", 1, "create_things",
        "CREATE TABLE other.things (id int PRIMARY KEY);");

    [Test]
    public async Task Apply_WhenManyRunnersStartTogetherOnAnEmptyDatabase_AppliesEachMigrationExactlyOnce()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        var dataSources = Enumerable.Range(0, 6).Select(_ => NpgsqlDataSource.Create(connectionString)).ToList();
        try
        {
            var migrations = new[] { CreateNotes, SeedNotes, CreateOther };
            using var start = new ManualResetEventSlim();
            var runs = dataSources.Select(db => Task.Run(async () =>
            {
                start.Wait();
                return await Runner(db).ApplyAsync(migrations);
            })).ToList();
            start.Set();
            var applied = await Task.WhenAll(runs);

            Assert.That(applied.Sum(), Is.EqualTo(migrations.Length), "each migration is applied by exactly one runner");
            await using var connection = await dataSources[0].OpenConnectionAsync();
            Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM sample.notes"), Is.EqualTo(1));
            Assert.That(await AppliedAsync(connection), Is.EqualTo("Other:1,Sample:1,Sample:2"));
        }
        finally
        {
            foreach (var db in dataSources)
            {
                await db.DisposeAsync();
            }
        }
    }

    [Test]
    public async Task Apply_WhenRunAgain_AppliesNothingAndKeepsTheRecords()
    {
        await using var db = NpgsqlDataSource.Create(await TestPostgres.CreateDatabaseAsync());
        var runner = Runner(db);

        var first = await runner.ApplyAsync([CreateNotes, SeedNotes]);
        var second = await runner.ApplyAsync([CreateNotes, SeedNotes]);

        Assert.That((first, second), Is.EqualTo((2, 0)));
    }

    [Test]
    public async Task Apply_WhenAnAppliedMigrationChanged_RefusesNamingModuleAndFileAndAppliesNothingElse()
    {
        await using var db = NpgsqlDataSource.Create(await TestPostgres.CreateDatabaseAsync());
        await Runner(db).ApplyAsync([CreateNotes]);
        var changed = CreateNotes with { Sql = "CREATE TABLE sample.notes (id bigint PRIMARY KEY, body text);" };

        var error = Assert.ThrowsAsync<MigrationException>(() => Runner(db).ApplyAsync([changed, SeedNotes, CreateOther]));

        Assert.That(error!.Message, Does.Contain("0001_create_notes.sql of module Sample").And.Contain("changed after being applied").And.Contain("new migration"));
        await using var connection = await db.OpenConnectionAsync();
        Assert.That(await AppliedAsync(connection), Is.EqualTo("Sample:1"), "nothing after the refusal was applied");
    }

    [Test]
    public async Task Apply_WhenAMigrationFails_RollsItBackAndNamesIt()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var db = NpgsqlDataSource.Create(connectionString);
        var broken = new Migration("Sample", "sample", 2, "broken", "CREATE TABLE sample.half (id int); SELECT no_such_function();");

        var error = Assert.ThrowsAsync<MigrationException>(() => Runner(db).ApplyAsync([CreateNotes, broken]));

        Assert.That(error!.Message, Does.Contain("0002_broken.sql of module Sample").And.Contain("no_such_function"));
        await using var connection = await db.OpenConnectionAsync();
        Assert.That(await AppliedAsync(connection), Is.EqualTo("Sample:1"));
        Assert.That(await connection.ExecuteScalarAsync<bool>("SELECT to_regclass('sample.half') IS NULL"), Is.True, "the failed migration left nothing behind");
        await using var otherSession = NpgsqlDataSource.Create(connectionString);
        await using var other = await otherSession.OpenConnectionAsync();
        Assert.That(await other.ExecuteScalarAsync<bool>("SELECT pg_try_advisory_lock(@key)", new { key = MigrationRunner.AdvisoryLockKey }), Is.True, "the lock was released");
    }

    [Test]
    public void Checksum_IgnoresLineEndings()
    {
        var unix = new Migration("Sample", "sample", 1, "x", "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n");
        var windows = unix with { Sql = "CREATE TABLE a (id int);\r\nCREATE TABLE b (id int);\r\n" };
        var edited = unix with { Sql = "CREATE TABLE a (id bigint);\nCREATE TABLE b (id int);\n" };

        Assert.That(windows.Checksum, Is.EqualTo(unix.Checksum));
        Assert.That(edited.Checksum, Is.Not.EqualTo(unix.Checksum));
    }

    [Test]
    public void Parse_OrdersByNumberAndSplitsTheName()
    {
        var migrations = MigrationRunner.Parse("Sample", "sample", [("0010_add_index.sql", "b"), ("0002_create_table.sql", "a")]);

        Assert.That(migrations.Select(m => (m.Version, m.Name)), Is.EqualTo(new[] { (2, "create_table"), (10, "add_index") }));
    }

    [TestCase("create_table.sql")]
    [TestCase("0001create_table.sql")]
    [TestCase("0000_create_table.sql")]
    [TestCase("-001_create_table.sql")]
    [TestCase("+001_create_table.sql")]
    [TestCase("0001_.sql")]
    [TestCase("0001_create_table.txt")]
    [TestCase("99999999999_create_table.sql")]
    public void Parse_WhenAFileIsMisnamed_RefusesNamingTheFileAndTheModule(string fileName)
    {
        var error = Assert.Throws<MigrationException>(() => MigrationRunner.Parse("Sample", "sample", [(fileName, "SELECT 1")]));

        Assert.That(error!.Message, Does.Contain($"'{fileName}' of module Sample").And.Contain("NNNN_description.sql"));
    }

    [Test]
    public void Parse_WhenTwoFilesShareANumber_RefusesNamingBoth()
    {
        var error = Assert.Throws<MigrationException>(() =>
            MigrationRunner.Parse("Sample", "sample", [("0001_a.sql", "SELECT 1"), ("1_b.sql", "SELECT 2")]));

        Assert.That(error!.Message, Does.Contain("Sample").And.Contain("0001_a.sql").And.Contain("0001_b.sql"));
    }

    [Test]
    public void ReadEmbedded_ReadsThePlatformsOwnMigrations()
    {
        var migrations = MigrationRunner.ReadEmbedded("Platform", "platform", typeof(SuiteApplication).Assembly);

        Assert.That(migrations, Is.Not.Empty);
        Assert.That(migrations[0].Version, Is.EqualTo(1));
    }

    internal static MigrationRunner Runner(NpgsqlDataSource db) => new(db, TimeProvider.System, NullLogger<MigrationRunner>.Instance);

    private static Task<string?> AppliedAsync(NpgsqlConnection connection) =>
        connection.ExecuteScalarAsync<string>("SELECT string_agg(module || ':' || version, ',' ORDER BY module, version) FROM platform.schema_migrations");
}
