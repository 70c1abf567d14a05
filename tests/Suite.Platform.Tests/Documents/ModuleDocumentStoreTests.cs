using System.Net;
using System.Net.Http.Json;
using System.Runtime.Loader;
using System.Text.Json;
using Dapper;
using Npgsql;
using Suite.Platform.Storage.Migrations;
using Suite.Samples.Contracts;
using Suite.Testing;

namespace Suite.Platform.Tests.Documents;

/// <summary>The SampleDocuments plugin, loaded in its own context, keeping documents and event streams in its Marten store.</summary>
public sealed class ModuleDocumentStoreTests
{
    private const string Notes = "/api/v4/sampledocuments/notes";

    [Test]
    public async Task Note_StoredThroughThePlugin_IsADocumentInThePluginsOwnSchemaAndFoundByQuery()
    {
        await using var server = await StartAsync(await TestPostgres.CreateDatabaseAsync());
        using var client = server.CreateClient();

        var id = await WriteNoteAsync(client, "runbook");
        var found = await client.GetFromJsonAsync<JsonElement>($"{Notes}?title=runbook");

        Assert.That(found.EnumerateArray().Select(n => n.GetProperty("id").GetString()), Is.EqualTo(new[] { id }));
        var plugins = AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == "Suite.SampleDocuments").ToList();
        Assert.That(plugins.Select(AssemblyLoadContext.GetLoadContext), Is.Not.Empty.And.No.SameAs(AssemblyLoadContext.Default), "the plugin runs in its own load context");
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        var schemas = await connection.QueryAsync<string>("SELECT DISTINCT table_schema FROM information_schema.tables WHERE table_name LIKE 'mt_%'");
        Assert.That(schemas, Is.EqualTo(new[] { "sampledocuments" }));
        var stored = await connection.ExecuteScalarAsync<string>("SELECT data->>'create_at' FROM sampledocuments.mt_doc_note WHERE id = @id", new { id });
        Assert.That(stored, Is.Not.Null, "documents are stored with Mattermost's snake_case names");
    }

    [Test]
    public async Task Note_Retitled_AppendsToItsStreamAndTheInlineProjectionFollows()
    {
        await using var server = await StartAsync(await TestPostgres.CreateDatabaseAsync());
        using var client = server.CreateClient();
        var id = await WriteNoteAsync(client, "first");

        using var retitled = await client.PutAsJsonAsync($"{Notes}/{id}", new { title = "second" });
        var history = await client.GetFromJsonAsync<JsonElement>($"{Notes}/{id}/history");

        Assert.That(retitled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(history.GetProperty("titles").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "first", "second" }));
        Assert.That(history.GetProperty("events").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "NoteWritten", "NoteRetitled" }));
    }

    [Test]
    public async Task History_AfterARestart_IsReadBackByTheNewProcessStoreFromTheEventTypeNamesInTheDatabase()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        string id;
        await using (var first = await StartAsync(database))
        {
            using var client = first.CreateClient();
            id = await WriteNoteAsync(client, "before restart");
        }

        await using var second = await StartAsync(database);
        using var again = second.CreateClient();
        using var retitled = await again.PutAsJsonAsync($"{Notes}/{id}", new { title = "after restart" });
        var history = await again.GetFromJsonAsync<JsonElement>($"{Notes}/{id}/history");

        Assert.That(history.GetProperty("events").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "NoteWritten", "NoteRetitled" }));
        Assert.That(history.GetProperty("titles").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "before restart", "after restart" }));
    }

    [Test]
    public async Task Start_WhenTwoHostsStartTogetherOnAnEmptyDatabase_TheDocumentTablesAreCreatedOnceAndBothWrite()
    {
        var database = await TestPostgres.CreateDatabaseAsync();

        var servers = await Task.WhenAll(StartAsync(database), StartAsync(database));
        try
        {
            foreach (var server in servers)
            {
                using var client = server.CreateClient();
                await WriteNoteAsync(client, "shared");
            }

            await using var connection = new NpgsqlConnection(database);
            var changes = await connection.QueryAsync<string>("SELECT changes FROM platform.document_schemas WHERE module = @module", new { module = SampleModuleNames.Documents });
            Assert.That(changes.ToList(), Has.Count.EqualTo(1));
            Assert.That(changes.Single(), Does.Contain("sampledocuments.mt_doc_note (create)").And.Contain("sampledocuments.mt_events (create)"));
            Assert.That(await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM sampledocuments.mt_doc_note"), Is.EqualTo(2));
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
    public async Task Start_WhenTheMappingGainsAnIndex_UpgradesTheTableAtTheNextStartAndKeepsTheDocuments()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        await using (var before = await StartAsync(database))
        {
            using var client = before.CreateClient();
            await WriteNoteAsync(client, "kept");
        }

        await using var after = await StartAsync(database, new() { ["SampleDocuments:IndexTitles"] = "true" });

        await using var connection = new NpgsqlConnection(database);
        var indexes = await connection.QueryAsync<string>("SELECT indexdef FROM pg_indexes WHERE schemaname = 'sampledocuments' AND tablename = 'mt_doc_note'");
        Assert.That(indexes, Has.Some.Contains("title"));
        Assert.That(await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM platform.document_schemas WHERE module = @module", new { module = SampleModuleNames.Documents }), Is.EqualTo(2));
        using var reader = after.CreateClient();
        var found = await reader.GetFromJsonAsync<JsonElement>($"{Notes}?title=kept");
        Assert.That(found.GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task Start_WhenTheMappingChangesAColumnsTypeUnderStoredData_RefusesNamingTheTable()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        await using (var before = await StartAsync(database, new() { ["SampleDocuments:TitleColumnType"] = "text" }))
        {
            using var client = before.CreateClient();
            await WriteNoteAsync(client, "not a number");
        }

        var error = Assert.ThrowsAsync<MigrationException>(() => StartAsync(database, new() { ["SampleDocuments:TitleColumnType"] = "integer" }));

        Assert.That(error!.Message, Does.StartWith("Suite will not start").And.Contain("module SampleDocuments").And.Contain("sampledocuments.mt_doc_note"));
    }

    [Test]
    public async Task Request_WhenATableIsMissing_FailsInsteadOfCreatingItOnTheFly()
    {
        await using var server = await StartAsync(await TestPostgres.CreateDatabaseAsync());
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.ExecuteAsync("DROP TABLE sampledocuments.mt_doc_note CASCADE");
        using var client = server.CreateClient();

        using var response = await client.PostAsJsonAsync(Notes, new { title = "nowhere" });

        Assert.That(response.IsSuccessStatusCode, Is.False);
        Assert.That(await connection.ExecuteScalarAsync<bool>("SELECT to_regclass('sampledocuments.mt_doc_note') IS NOT NULL"), Is.False);
    }

    private static Task<SuiteTestServer> StartAsync(string database, Dictionary<string, string?>? settings = null) =>
        SuiteTestServer.StartAsync(database, modules: [SampleModuleNames.Documents], settings: settings);

    private static async Task<string> WriteNoteAsync(HttpClient client, string title)
    {
        using var response = await client.PostAsJsonAsync(Notes, new { title });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var note = await response.Content.ReadFromJsonAsync<JsonElement>();
        return note.GetProperty("id").GetString()!;
    }
}
