using System.Net;
using System.Text;
using System.Text.Json;
using Suite.Testing;
using T = Suite.Testing.Boards.TrelloExport;

namespace Suite.Boards.Tests.Imports;

/// <summary>A Trello JSON export through the archive import route: everything Focalboard's Trello script drops arrives.</summary>
public sealed class TrelloImportTests : ImportFixture
{
    private static long Millis(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    [Test]
    public async Task ATrelloExport_ArrivesWithListsLabelsDatesMembersChecklistsCommentsAttachmentsAndCustomFields()
    {
        using var importer = await TeamMemberAsync();
        using var alice = await TeamMemberAsync();
        using var bob = await TeamMemberAsync();

        var job = await ImportAsync(importer.Client, T.Json(alice.User.Username, bob.User.Email), "trello.json");

        var summary = job.GetProperty("summary");
        var imported = summary.GetProperty("imported");
        Assert.Multiple(() =>
        {
            Assert.That(summary.GetProperty("format").GetString(), Is.EqualTo("trello"));
            Assert.That(imported.GetProperty("boards").GetInt32(), Is.EqualTo(1));
            Assert.That(imported.GetProperty("cards").GetInt32(), Is.EqualTo(4));
            Assert.That(imported.GetProperty("views").GetInt32(), Is.EqualTo(2));
            Assert.That(imported.GetProperty("comments").GetInt32(), Is.EqualTo(2));
            Assert.That(imported.GetProperty("checklists").GetInt32(), Is.EqualTo(2));
            Assert.That(imported.GetProperty("checklistItems").GetInt32(), Is.EqualTo(3));
            Assert.That(imported.GetProperty("labels").GetInt32(), Is.EqualTo(4));
            Assert.That(imported.GetProperty("attachments").GetInt32(), Is.EqualTo(2));
            Assert.That(imported.GetProperty("customFields").GetInt32(), Is.EqualTo(5));
            Assert.That(imported.GetProperty("contentBlocks").GetInt32(), Is.EqualTo(1));
            Assert.That(summary.GetProperty("unmatchedMembers").EnumerateArray().Select(m => m.GetProperty("username").GetString() + "|" + m.GetProperty("fullName").GetString()),
                Is.EquivalentTo(new[] { "caroltrello|Carol Jones", "davetrello|Dave Old" }));
        });

        var boardId = ImportedBoardId(job);
        var board = await CallAsync(importer.Client, HttpMethod.Get, $"/boards/{boardId}");
        var properties = board.GetProperty("cardProperties").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        string Options(string name) => string.Join(", ", properties[name].GetProperty("options").EnumerateArray().Select(o => $"{o.GetProperty("id").GetString()}={o.GetProperty("value").GetString()}/{o.GetProperty("color").GetString()}"));
        Assert.Multiple(() =>
        {
            Assert.That(board.GetProperty("title").GetString(), Is.EqualTo("Product"));
            Assert.That(board.GetProperty("description").GetString(), Is.EqualTo("Our product board"));
            Assert.That(board.GetProperty("type").GetString(), Is.EqualTo("P"));
            Assert.That(properties.Keys, Is.EqualTo(new[] { "List", "Labels", "Members", "Other members", "Start date", "Due date", "Due complete", "Archived", "Trello card", "Customer", "Story points", "Launch", "Approved", "Priority" }));
            Assert.That(properties.ToDictionary(p => p.Key, p => p.Value.GetProperty("type").GetString()), Is.EquivalentTo(new Dictionary<string, string?>
            {
                ["List"] = "select", ["Labels"] = "multiSelect", ["Members"] = "multiPerson", ["Other members"] = "text", ["Start date"] = "date", ["Due date"] = "date",
                ["Due complete"] = "checkbox", ["Archived"] = "checkbox", ["Trello card"] = "url", ["Customer"] = "text", ["Story points"] = "number", ["Launch"] = "date",
                ["Approved"] = "checkbox", ["Priority"] = "select",
            }));
            Assert.That(Options("List"), Is.EqualTo($"{T.ToDo}=To Do/propColorGray, {T.Doing}=Doing/propColorBrown, {T.OldStuff}=Old stuff/propColorOrange"));
            Assert.That(Options("Labels"), Is.EqualTo($"{T.Bug}=Bug/propColorGreen, {T.Sky}=sky/propColorBlue, {T.Chore}=Chore/propColorDefault, {T.Urgent}=Urgent/propColorRed"));
            Assert.That(Options("Priority"), Is.EqualTo($"{T.High}=High/propColorRed, {T.Low}=Low/propColorBlue"));
        });
        string Prop(string name) => properties[name].GetProperty("id").GetString()!;

        var blocks = (await BlocksAsync(importer.Client, boardId, "?all=true")).EnumerateArray().ToList();
        var cards = blocks.Where(b => b.GetProperty("type").GetString() == "card").ToDictionary(b => b.GetProperty("title").GetString()!);
        var ship = cards["Ship login"];
        var values = ship.GetProperty("fields").GetProperty("properties");
        string Value(JsonElement card, string name) => card.GetProperty("fields").GetProperty("properties").TryGetProperty(Prop(name), out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText() : "";
        long From(JsonElement card, string name) => JsonDocument.Parse(Value(card, name)).RootElement.GetProperty("from").GetInt64();
        Assert.Multiple(() =>
        {
            Assert.That(Value(ship, "List"), Is.EqualTo(T.Doing));
            Assert.That(Value(ship, "Labels"), Is.EqualTo($"[\"{T.Bug}\",\"{T.Sky}\"]"));
            Assert.That(Value(ship, "Members"), Is.EqualTo($"[\"{alice.Id}\"]"));
            Assert.That(Value(ship, "Other members"), Is.EqualTo("Carol Jones (@caroltrello)"));
            Assert.That(From(ship, "Start date"), Is.EqualTo(Millis("2026-12-01T09:00:00Z")));
            Assert.That(From(ship, "Due date"), Is.EqualTo(Millis("2026-12-10T17:00:00Z")));
            Assert.That(Value(ship, "Due complete"), Is.EqualTo("true"));
            Assert.That(Value(ship, "Archived"), Is.Empty);
            Assert.That(Value(ship, "Trello card"), Is.EqualTo("https://trello.com/c/Aba401"));
            Assert.That(Value(ship, "Customer"), Is.EqualTo("ACME"));
            Assert.That(Value(ship, "Story points"), Is.EqualTo("5"));
            Assert.That(From(ship, "Launch"), Is.EqualTo(Millis("2027-01-15T00:00:00Z")));
            Assert.That(Value(ship, "Approved"), Is.EqualTo("true"));
            Assert.That(Value(ship, "Priority"), Is.EqualTo(T.High));
            Assert.That(ship.GetProperty("createAt").GetInt64(), Is.EqualTo(Convert.ToInt64(T.ShipLogin[..8], 16) * 1000));
            Assert.That(Value(cards["Archived card"], "Archived"), Is.EqualTo("true"));
            Assert.That(Value(cards["Archived card"], "Labels"), Is.EqualTo($"[\"{T.Chore}\"]"));
            Assert.That(Value(cards["In old list"], "List"), Is.EqualTo(T.OldStuff));
            Assert.That(Value(cards["In old list"], "Members"), Is.EqualTo($"[\"{bob.Id}\"]"));
            Assert.That(Value(cards["First in To Do"], "Due date"), Is.Empty);
            Assert.That(values.TryGetProperty(Prop("Due complete"), out _), Is.True);
        });

        var byId = blocks.ToDictionary(b => b.GetProperty("id").GetString()!);
        var content = ship.GetProperty("fields").GetProperty("contentOrder").EnumerateArray().Select(id => byId[id.GetString()!]).ToList();
        Assert.That(content.Select(b => $"{b.GetProperty("type").GetString()}:{b.GetProperty("title").GetString()}" + (b.GetProperty("type").GetString() == "checkbox" ? "=" + b.GetProperty("fields").GetProperty("value").GetBoolean() : "")), Is.EqualTo(new[]
        {
            "text:Use **OAuth** for the login",
            "text:### After release",
            "checkbox:Announce=False",
            "text:### Before release",
            "checkbox:Tests=True",
            "checkbox:Docs=False",
            "text:[Spec.pdf](<https://trello.com/1/cards/x/attachments/y/download/Spec.pdf>)",
            "text:[https://example.com/design](<https://example.com/design>)",
        }));
        Assert.That(content.Select(b => b.GetProperty("parentId").GetString()), Is.All.EqualTo(ship.GetProperty("id").GetString()));
        Assert.That(content[6].GetProperty("fields").GetProperty("attachmentUrl").GetString(), Is.EqualTo("https://trello.com/1/cards/x/attachments/y/download/Spec.pdf"));

        var comments = blocks.Where(b => b.GetProperty("type").GetString() == "comment").ToDictionary(b => b.GetProperty("title").GetString()!);
        Assert.Multiple(() =>
        {
            Assert.That(comments.Keys, Is.EquivalentTo(new[] { "Started on this", "Old comment from a former member" }));
            Assert.That(comments.Values.Select(c => c.GetProperty("parentId").GetString()), Is.All.EqualTo(ship.GetProperty("id").GetString()));
            Assert.That(comments["Started on this"].GetProperty("createdBy").GetString(), Is.EqualTo(alice.Id));
            Assert.That(comments["Started on this"].GetProperty("createAt").GetInt64(), Is.EqualTo(Millis("2026-12-02T10:00:00Z")));
            Assert.That(comments["Old comment from a former member"].GetProperty("createdBy").GetString(), Is.EqualTo(importer.Id));
            Assert.That(comments["Old comment from a former member"].GetProperty("fields").GetProperty("importedAuthor").GetString(), Is.EqualTo("Dave Old (@davetrello)"));
            Assert.That(comments["Old comment from a former member"].GetProperty("createAt").GetInt64(), Is.EqualTo(Millis("2026-11-30T08:00:00Z")));
        });

        var views = blocks.Where(b => b.GetProperty("type").GetString() == "view").ToDictionary(b => b.GetProperty("title").GetString()!, b => b.GetProperty("fields"));
        var order = new[] { "First in To Do", "Archived card", "Ship login", "In old list" }.Select(t => cards[t].GetProperty("id").GetString()).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(views.Keys, Is.EquivalentTo(new[] { "Board View", "All cards" }));
            Assert.That(views["Board View"].GetProperty("viewType").GetString(), Is.EqualTo("board"));
            Assert.That(views["Board View"].GetProperty("groupById").GetString(), Is.EqualTo(Prop("List")));
            Assert.That(views["Board View"].GetProperty("visibleOptionIds").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { T.ToDo, T.Doing }));
            Assert.That(views["Board View"].GetProperty("hiddenOptionIds").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { T.OldStuff }));
            Assert.That(views["Board View"].GetProperty("cardOrder").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(order));
            Assert.That(views["Board View"].GetProperty("filter").GetProperty("filters")[0].GetProperty("propertyId").GetString(), Is.EqualTo(Prop("Archived")));
            Assert.That(views["All cards"].GetProperty("viewType").GetString(), Is.EqualTo("table"));
            Assert.That(views["All cards"].GetProperty("visiblePropertyIds").GetArrayLength(), Is.EqualTo(properties.Count));
        });
    }

    [TestCase("{\"name\": \"A board\", \"cards\": []}", "not a Trello board export")]
    [TestCase("{\"name\": \"A board\", \"lists\": [], \"cards\": [", "not a valid Trello JSON export")]
    [TestCase("{\"name\": \"A board\", \"lists\": [{\"id\": \"l\", \"name\": \"L\", \"pos\": \"top\"}], \"cards\": []}", "not a valid Trello JSON export")]
    public async Task JsonThatIsNotATrelloExport_IsRefusedAndImportsNothing(string json, string message)
    {
        using var importer = await TeamMemberAsync();

        var boards = await BoardCountAsync(importer.Client);

        using var response = await UploadAsync(importer.Client, $"/teams/{TeamId}/archive/import", Encoding.UTF8.GetBytes(json), "trello.json");

        Assert.That(await ReadErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain(message));
        Assert.That(await BoardCountAsync(importer.Client), Is.EqualTo(boards));
    }
}
