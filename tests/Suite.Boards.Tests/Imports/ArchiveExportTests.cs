using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Suite.Boards.Tests.Imports;

/// <summary><c>GET /boards/{id}/archive/export</c>: Focalboard's version 2 archive, and the round trip through import.</summary>
public sealed class ArchiveExportTests : ImportFixture
{
    [Test]
    public async Task ABoardExportedAndImportedAgain_KeepsEveryFieldOfEveryBlockAndItsImage()
    {
        using var importer = await TeamMemberAsync();
        var lines = new List<object> { FocalboardArchive.Board() };
        lines.AddRange(FocalboardArchive.Blocks(importer.Id));
        var original = Zip(
        [
            ("version.json", FocalboardArchive.Version(2)),
            ($"{FocalboardArchive.BoardId}/board.jsonl", Jsonl(lines)),
            ($"{FocalboardArchive.BoardId}/{FocalboardArchive.ImageFile}", FocalboardArchive.Image),
        ]);
        var first = ImportedBoardId(await ImportAsync(importer.Client, original));

        var exported = Unzip(await DownloadAsync(importer.Client, $"/boards/{first}/archive/export"));
        var second = ImportedBoardId(await ImportAsync(importer.Client, await DownloadAsync(importer.Client, $"/boards/{first}/archive/export")));
        var reexported = Unzip(await DownloadAsync(importer.Client, $"/boards/{second}/archive/export"));

        Assert.That(JsonDocument.Parse(exported["version.json"]).RootElement.GetProperty("version").GetInt32(), Is.EqualTo(2));
        Assert.That(exported.Keys, Is.EquivalentTo(new[] { "version.json", $"{first}/board.jsonl", $"{first}/{ImageFileOf(exported, first)}" }));
        Assert.That(reexported.Keys, Is.EquivalentTo(new[] { "version.json", $"{second}/board.jsonl", $"{second}/{ImageFileOf(reexported, second)}" }));
        Assert.That(reexported[$"{second}/{ImageFileOf(reexported, second)}"], Is.EqualTo(FocalboardArchive.Image));
        Assert.That(exported[$"{first}/{ImageFileOf(exported, first)}"], Is.EqualTo(FocalboardArchive.Image));
        Assert.That(await DownloadAsync(importer.Client, $"/files/teams/{TeamId}/{second}/{ImageFileOf(reexported, second)}"), Is.EqualTo(FocalboardArchive.Image));

        var before = Lines(exported[$"{first}/board.jsonl"]);
        var after = Lines(reexported[$"{second}/board.jsonl"]);
        Assert.That(after.Select(l => l.GetProperty("type").GetString()), Is.EqualTo(before.Select(l => l.GetProperty("type").GetString())));
        Assert.That(before.Select(l => l.GetProperty("type").GetString()).Distinct(), Is.EqualTo(new[] { "board", "block", "boardMember" }));

        // Every id of the first export stands for the id of the same thing in the second (matched by type and title, all distinct).
        var renames = Renames(before, after);
        renames[ImageFileOf(exported, first)] = ImageFileOf(reexported, second);
        var expected = Canonical(before, renames);
        var actual = Canonical(after, []);
        Assert.That(actual, Has.Count.EqualTo(expected.Count));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.That(actual[i], Is.EqualTo(expected[i]), $"line {i + 1}");
        }
    }

    [Test]
    public async Task AnExport_HasFocalboardsLineShapes()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, title: "Shapes"));
        var card = await CreateCardAsync(Owner.Client, boardId, "A card", new { status = "todo" });

        using var response = await SendAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}/archive/export");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/octet-stream"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Does.StartWith("archive-").And.EndWith(".boardarchive"));
        var lines = Lines(Unzip(bytes)[$"{boardId}/board.jsonl"]);
        Assert.That(lines[0].GetProperty("data").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
        {
            "id", "teamId", "channelId", "createdBy", "modifiedBy", "type", "minimumRole", "title", "description", "icon", "showDescription",
            "isTemplate", "templateVersion", "properties", "cardProperties", "createAt", "updateAt", "deleteAt",
        }));
        var block = lines.Single(l => l.GetProperty("type").GetString() == "block").GetProperty("data");
        Assert.That(block.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "id", "parentId", "createdBy", "modifiedBy", "schema", "type", "title", "fields", "createAt", "updateAt", "deleteAt", "boardId" }));
        Assert.That(block.GetProperty("id").GetString(), Is.EqualTo(card.GetProperty("id").GetString()));
        var member = lines.Single(l => l.GetProperty("type").GetString() == "boardMember").GetProperty("data");
        Assert.That(member.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "boardId", "userId", "roles", "minimumRole", "schemeAdmin", "schemeEditor", "schemeCommenter", "schemeViewer", "synthetic" }));
    }

    [TestCase("viewer", HttpStatusCode.OK)]
    [TestCase("commenter", HttpStatusCode.OK)]
    [TestCase("none", HttpStatusCode.Forbidden)]
    [TestCase("outsider", HttpStatusCode.Forbidden)]
    public async Task OnlyThoseWhoMayViewABoard_CanExportIt(string role, HttpStatusCode expected)
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, type: "P"));
        using var user = role == "outsider" ? await OutsiderAsync() : await TeamMemberAsync();
        if (role is not ("none" or "outsider"))
        {
            await AddMemberAsync(Owner.Client, boardId, user.Id, role);
        }

        using var response = await SendAsync(user.Client, HttpMethod.Get, $"/boards/{boardId}/archive/export");

        if (expected == HttpStatusCode.OK)
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Unzip(await response.Content.ReadAsByteArrayAsync()).Keys, Does.Contain($"{boardId}/board.jsonl"));
        }
        else
        {
            Assert.That(await ReadErrorAsync(response, expected), Is.EqualTo("access denied to board"));
        }
    }

    [Test]
    public async Task TheTeamExport_IsRefusedAsMattermostsPluginRefusesIt_AndNeedsASession()
    {
        await CreateBoardAsync(Owner.Client);

        Assert.That(await ErrorAsync(Owner.Client, HttpMethod.Get, $"/teams/{TeamId}/archive/export", null, HttpStatusCode.NotImplemented), Is.EqualTo("not permitted in plugin mode"));
        using var anonymous = Server.CreateClient();
        await ErrorAsync(anonymous, HttpMethod.Get, $"/teams/{TeamId}/archive/export", null, HttpStatusCode.Unauthorized);
    }

    private static string ImageFileOf(Dictionary<string, byte[]> archive, string boardId) =>
        Lines(archive[$"{boardId}/board.jsonl"]).Where(l => l.GetProperty("type").GetString() == "block")
            .Select(l => l.GetProperty("data")).Single(b => b.GetProperty("type").GetString() == "image")
            .GetProperty("fields").GetProperty("fileId").GetString()!;

    private static Dictionary<string, string> Renames(List<JsonElement> before, List<JsonElement> after)
    {
        static string Key(JsonElement line) => line.GetProperty("type").GetString() + ":" + line.GetProperty("data").GetProperty("type").GetString() + ":" + line.GetProperty("data").GetProperty("title").GetString();
        var afterByKey = after.Where(l => l.GetProperty("type").GetString() != "boardMember").ToDictionary(Key);
        return before.Where(l => l.GetProperty("type").GetString() != "boardMember")
            .ToDictionary(l => l.GetProperty("data").GetProperty("id").GetString()!, l => afterByKey[Key(l)].GetProperty("data").GetProperty("id").GetString()!);
    }

    /// <summary>Each line as text with ids renamed and the import's own stamps (<c>updateAt</c>) left out; blocks in a stable order.</summary>
    private static List<string> Canonical(List<JsonElement> lines, Dictionary<string, string> renames)
    {
        var texts = lines.Select(line =>
        {
            var text = line.GetRawText();
            foreach (var (from, to) in renames)
            {
                text = text.Replace(from, to, StringComparison.Ordinal);
            }

            var node = JsonNode.Parse(text)!;
            node["data"]!.AsObject().Remove("updateAt");
            return node.ToJsonString();
        }).ToList();
        return [texts[0], .. texts.Skip(1).Order(StringComparer.Ordinal)];
    }
}
