using System.Net;
using System.Text;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Boards.Tests.Imports;

/// <summary>CSV export of a view's table and CSV import of cards into a board.</summary>
public sealed class CsvTests : ImportFixture
{
    private const long December7 = 1765065600000;

    private static async Task<string> TableViewAsync(HttpClient client, string boardId, params string[] visible)
    {
        var view = await CallAsync(client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[]
        {
            NewBlock(boardId, "view", title: "Table", fields: new { viewType = "table", visiblePropertyIds = visible, cardOrder = Array.Empty<string>() }),
        });
        return view[0].GetProperty("id").GetString()!;
    }

    private static async Task<string> CsvAsync(HttpClient client, string boardId, string viewId) =>
        Encoding.UTF8.GetString(await DownloadAsync(client, $"/boards/{boardId}/views/{viewId}/export/csv"));

    private static Task<HttpResponseMessage> ImportCsvAsync(HttpClient client, string boardId, string csv) =>
        UploadAsync(client, $"/boards/{boardId}/import/csv", Encoding.UTF8.GetBytes(csv), "cards.csv");

    [Test]
    public async Task AnExport_HasTheViewsVisiblePropertiesInTheViewsOrder_WithReadableValues()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, title: "Csv export"));
        await CreateCardAsync(Owner.Client, boardId, "Fix login", new Dictionary<string, object>
        {
            [Props.Status] = "todo", [Props.Estimate] = "2.5", [Props.Tags] = new[] { "bug", "ux" }, [Props.Owner] = Owner.Id,
            [Props.Due] = $"{{\"from\":{December7}}}", [Props.Done] = "true",
        });
        await CreateCardAsync(Owner.Client, boardId, "=SUM(A1)", new Dictionary<string, object> { [Props.Status] = "doing" });
        var viewId = await TableViewAsync(Owner.Client, boardId, Props.Tags, Props.Status, Props.Estimate, Props.Owner, Props.Due, Props.Done);

        var lines = (await CsvAsync(Owner.Client, boardId, viewId)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.That(lines, Is.EqualTo(new[]
        {
            "Name,Tags,Status,Estimate,Owner,Due,Done",
            $"Fix login,Bug; UX,To Do,2.5,{Owner.User.Username},2025-12-07,true",
            "\"'=SUM(A1)\",,Doing,,,,",
        }));
    }

    [Test]
    public async Task AnExport_HasTheCardsTheViewShows_ItsFilterWithEveryConditionApplied_InItsSortOrder()
    {
        const long December8 = December7 + 86400000;
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, title: "Csv filters"));
        await CreateCardAsync(Owner.Client, boardId, "Alpha", new Dictionary<string, object>
        {
            [Props.Status] = "todo", [Props.Estimate] = "3", [Props.Tags] = new[] { "bug" }, [Props.Done] = "true",
            [Props.Link] = "https://alpha.example", [Props.Due] = $"{{\"from\":{December7}}}",
        });
        await CreateCardAsync(Owner.Client, boardId, "Beta", new Dictionary<string, object>
        {
            [Props.Status] = "doing", [Props.Estimate] = "10", [Props.Tags] = new[] { "bug", "ux" },
            [Props.Link] = "http://beta.test", [Props.Due] = $"{{\"from\":{December8 + 86400000}}}",
        });
        await CreateCardAsync(Owner.Client, boardId, "Gamma");
        static object Clause(string propertyId, string condition, params string[] values) => new { propertyId, condition, values };
        var byTitle = new[] { new { propertyId = "__title", reversed = false } };
        var cases = new (string Name, object Filter, object Sort, string[] Expected)[]
        {
            ("includes", Clause(Props.Status, "includes", "todo"), byTitle, ["Alpha"]),
            ("includes of a multi-select", Clause(Props.Tags, "includes", "ux"), byTitle, ["Beta"]),
            ("notIncludes", Clause(Props.Status, "notIncludes", "todo"), byTitle, ["Beta", "Gamma"]),
            ("isEmpty", Clause(Props.Status, "isEmpty"), byTitle, ["Gamma"]),
            ("isNotEmpty", Clause(Props.Status, "isNotEmpty"), byTitle, ["Alpha", "Beta"]),
            ("isSet", Clause(Props.Done, "isSet"), byTitle, ["Alpha"]),
            ("isNotSet", Clause(Props.Done, "isNotSet"), byTitle, ["Beta", "Gamma"]),
            ("is", Clause(Props.Link, "is", "HTTP://beta.test"), byTitle, ["Beta"]),
            ("contains", Clause(Props.Link, "contains", "example"), byTitle, ["Alpha"]),
            ("notContains", Clause(Props.Link, "notContains", "example"), byTitle, ["Beta", "Gamma"]),
            ("startsWith", Clause(Props.Link, "startsWith", "http://"), byTitle, ["Beta"]),
            ("notStartsWith", Clause(Props.Link, "notStartsWith", "http://"), byTitle, ["Alpha", "Gamma"]),
            ("endsWith", Clause(Props.Link, "endsWith", ".test"), byTitle, ["Beta"]),
            ("notEndsWith", Clause(Props.Link, "notEndsWith", ".test"), byTitle, ["Alpha", "Gamma"]),
            ("isBefore", Clause(Props.Due, "isBefore", $"{December8}"), byTitle, ["Alpha"]),
            ("isAfter", Clause(Props.Due, "isAfter", $"{December8}"), byTitle, ["Beta"]),
            ("a title", Clause("title", "contains", "MM"), byTitle, ["Gamma"]),
            ("a nested group", new { operation = "and", filters = new object[] { Clause(Props.Tags, "includes", "bug"), new { operation = "or", filters = new[] { Clause(Props.Done, "isSet"), Clause(Props.Status, "includes", "todo") } } } }, byTitle, ["Alpha"]),
            ("no filter, numbers sorted as numbers", new { operation = "and", filters = Array.Empty<object>() }, new[] { new { propertyId = Props.Estimate, reversed = false } }, ["Alpha", "Beta", "Gamma"]),
            ("no filter, by title reversed", new { operation = "and", filters = Array.Empty<object>() }, new[] { new { propertyId = "__title", reversed = true } }, ["Gamma", "Beta", "Alpha"]),
        };

        var exported = new Dictionary<string, string[]>();
        foreach (var (name, filter, sort, _) in cases)
        {
            var group = filter.GetType().GetProperty("operation") is null ? new { operation = "and", filters = new[] { filter } } : filter;
            var view = await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[]
            {
                NewBlock(boardId, "view", title: name, fields: new { viewType = "table", visiblePropertyIds = Array.Empty<string>(), filter = group, sortOptions = sort }),
            });
            var lines = (await CsvAsync(Owner.Client, boardId, view[0].GetProperty("id").GetString()!)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            exported[name] = lines[1..];
        }

        Assert.That(exported, Is.EqualTo(cases.ToDictionary(c => c.Name, c => c.Expected)));
    }

    [Test]
    public async Task AnExportedTable_ImportsBackIntoABoardWithTheSameValues()
    {
        var source = await BoardIdAsync(CreateBoardAsync(Owner.Client, title: "Csv source"));
        await CreateCardAsync(Owner.Client, source, "Fix login", new Dictionary<string, object>
        {
            [Props.Status] = "todo", [Props.Estimate] = "2.5", [Props.Tags] = new[] { "bug", "ux" }, [Props.Owner] = Owner.Id,
            [Props.Due] = $"{{\"from\":{December7},\"to\":{December7 + (2 * 86400000)}}}", [Props.Done] = "true", [Props.Link] = "https://example.com/a?b=c,d",
        });
        await CreateCardAsync(Owner.Client, source, "=SUM(A1)", new Dictionary<string, object> { [Props.Status] = "doing" });
        var viewId = await TableViewAsync(Owner.Client, source, Props.Status, Props.Estimate, Props.Tags, Props.Owner, Props.Due, Props.Done, Props.Link, Props.Created);
        var csv = await CsvAsync(Owner.Client, source, viewId);
        var target = await BoardIdAsync(CreateBoardAsync(Owner.Client, title: "Csv target"));

        using var response = await ImportCsvAsync(Owner.Client, target, csv);
        var job = await response.ReadJsonAsync(HttpStatusCode.OK);

        Assert.That(job.GetProperty("summary").GetProperty("imported").GetProperty("cards").GetInt32(), Is.EqualTo(2), job.ToString());
        Assert.That(job.GetProperty("summary").GetProperty("skippedRows").GetArrayLength(), Is.Zero);
        var before = (await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{source}/cards")).EnumerateArray().ToDictionary(c => c.GetProperty("title").GetString()!, c => c.GetProperty("properties"));
        var after = (await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{target}/cards")).EnumerateArray().ToDictionary(c => c.GetProperty("title").GetString()!, c => c.GetProperty("properties"));
        Assert.That(after.Keys, Is.EquivalentTo(before.Keys));
        foreach (var (title, properties) in before)
        {
            Assert.That(SameJson(after[title], properties.GetRawText()), $"{title}: {after[title]} instead of {properties}");
        }
    }

    [Test]
    public async Task AnImport_MakesCardsOfReadableRows_AndReportsTheOthers()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, title: "Csv import"));
        var csv = $"""
            Name,Status,Estimate,Tags,Owner,Due,Done,Link,Contact,Created,Unknown column
            Card A,Doing,3,Bug; ux,{Owner.User.Username},2026-12-24,true,https://x.test,a@b.test,2020-01-01,zzz
            Card B,Nope,1,,,,,,,,
            Card C,To Do,abc,,,,,,,,
            Card D,,,,nobody-here,,,,,,
            Card E,,,,,2026-13-45,,,,,
            Card F,,,,,,maybe,,,,
            Card G,,,,,,,,not-an-email,,
            "Card, with comma",to do,,,,2026-12-01/2026-12-05T12:00:00Z,no,,,,
            """;

        using var response = await ImportCsvAsync(Owner.Client, boardId, csv);
        var summary = (await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("summary");

        Assert.Multiple(() =>
        {
            Assert.That(summary.GetProperty("format").GetString(), Is.EqualTo("csv"));
            Assert.That(summary.GetProperty("imported").GetProperty("cards").GetInt32(), Is.EqualTo(2));
            Assert.That(summary.GetProperty("skippedRows").EnumerateArray().Select(r => $"{r.GetProperty("row").GetInt32()} {r.GetProperty("reason").GetString()}"), Is.EqualTo(new[]
            {
                "2 Status: \"Nope\" is not one of its options",
                "3 Estimate: \"abc\" is not a number",
                "4 Owner: no user of the team is called \"nobody-here\"",
                "5 Due: \"2026-13-45\" is not an ISO 8601 date or date range (from/to)",
                "6 Done: \"maybe\" is not true or false",
                "7 invalid card property, value of property \"Contact\" (email) must be an email address",
            }));
            Assert.That(summary.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()), Has.Some.Contains("\"Unknown column\" matches no property").And.Some.Contains("\"Created\" is computed"));
        });
        var cards = (await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}/cards")).EnumerateArray().ToDictionary(c => c.GetProperty("title").GetString()!, c => c.GetProperty("properties"));
        Assert.That(cards.Keys, Is.EquivalentTo(new[] { "Card A", "Card, with comma" }));
        var a = cards["Card A"];
        Assert.That(SameJson(a, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            [Props.Status] = "doing", [Props.Estimate] = "3", [Props.Tags] = new[] { "bug", "ux" }, [Props.Owner] = Owner.Id,
            [Props.Due] = $"{{\"from\":{DateTimeOffset.Parse("2026-12-24T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds()}}}",
            [Props.Done] = "true", [Props.Link] = "https://x.test", [Props.Email] = "a@b.test",
        })), a.ToString());
        var range = JsonDocument.Parse(cards["Card, with comma"].GetProperty(Props.Due).GetString()!).RootElement;
        Assert.That(range.GetProperty("to").GetInt64() - range.GetProperty("from").GetInt64(), Is.EqualTo((4 * 86400000) + (12 * 3600000)));
        Assert.That(cards["Card, with comma"].TryGetProperty(Props.Done, out _), Is.False);
    }

    [Test]
    public async Task AFileThatIsNotCsv_IsRefusedAndCreatesNothing()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, title: "Csv broken"));

        using var response = await ImportCsvAsync(Owner.Client, boardId, "Name,Status\nGood,To Do\n\"Unclosed,To Do\nMore,Doing\n");

        Assert.That(await ReadErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain("CSV file cannot be read"));
        Assert.That((await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}/cards")).GetArrayLength(), Is.Zero);
    }

    [TestCase("viewer", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [TestCase("commenter", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [TestCase("editor", HttpStatusCode.OK, HttpStatusCode.OK)]
    [TestCase("admin", HttpStatusCode.OK, HttpStatusCode.OK)]
    [TestCase("none", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    public async Task ExportNeedsToViewTheBoard_AndImportToEditItsCards(string role, HttpStatusCode export, HttpStatusCode import)
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, type: "P", title: "Csv roles"));
        var viewId = await TableViewAsync(Owner.Client, boardId, Props.Status);
        using var user = await TeamMemberAsync();
        if (role != "none")
        {
            await AddMemberAsync(Owner.Client, boardId, user.Id, role);
        }

        using var exported = await SendAsync(user.Client, HttpMethod.Get, $"/boards/{boardId}/views/{viewId}/export/csv");
        using var imported = await ImportCsvAsync(user.Client, boardId, "Name,Status\nFrom csv,Doing\n");

        Assert.That(exported.StatusCode, Is.EqualTo(export));
        if (import == HttpStatusCode.OK)
        {
            await imported.ReadJsonAsync(HttpStatusCode.OK);
        }
        else
        {
            Assert.That(await ReadErrorAsync(imported, import), Is.EqualTo("access denied to make board changes"));
        }

        Assert.That((await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}/cards")).GetArrayLength(), Is.EqualTo(import == HttpStatusCode.OK ? 1 : 0));
    }
}
