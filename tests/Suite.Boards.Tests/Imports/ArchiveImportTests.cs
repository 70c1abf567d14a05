using System.Net;
using System.Text;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Boards.Tests.Imports;

/// <summary><c>POST /teams/{id}/archive/import</c> with Focalboard's archives: version 2, legacy version 1, and bad ones.</summary>
public sealed class ArchiveImportTests : ImportFixture
{
    private static byte[] ArchiveWith(string commenterId, IEnumerable<object> members, byte[]? brokenTail = null)
    {
        var lines = new List<object> { FocalboardArchive.Board() };
        lines.AddRange(FocalboardArchive.Blocks(commenterId));
        lines.AddRange(members);
        var jsonl = Jsonl(lines);
        return Zip(
        [
            ("version.json", FocalboardArchive.Version(2)),
            ($"{FocalboardArchive.BoardId}/board.jsonl", brokenTail is null ? jsonl : [.. jsonl, .. brokenTail]),
            ($"{FocalboardArchive.BoardId}/{FocalboardArchive.ImageFile}", FocalboardArchive.Image),
        ]);
    }

    [Test]
    public async Task AFocalboardArchive_BecomesANewBoardWithNewIds_KeepingEveryField()
    {
        using var member = await TeamMemberAsync();
        using var importer = await TeamMemberAsync();
        var archive = ArchiveWith(member.Id, [FocalboardArchive.Member(member.Id, editor: true), FocalboardArchive.Member("unothereinstallation0000000", editor: true)]);

        var job = await ImportAsync(importer.Client, archive);

        var summary = job.GetProperty("summary");
        Assert.That(summary.GetProperty("format").GetString(), Is.EqualTo("boardarchive"));
        var imported = summary.GetProperty("imported");
        Assert.Multiple(() =>
        {
            Assert.That(imported.GetProperty("boards").GetInt32(), Is.EqualTo(1));
            Assert.That(imported.GetProperty("cards").GetInt32(), Is.EqualTo(2));
            Assert.That(imported.GetProperty("views").GetInt32(), Is.EqualTo(2));
            Assert.That(imported.GetProperty("comments").GetInt32(), Is.EqualTo(1));
            Assert.That(imported.GetProperty("checklistItems").GetInt32(), Is.EqualTo(1));
            Assert.That(imported.GetProperty("contentBlocks").GetInt32(), Is.EqualTo(3));
            Assert.That(imported.GetProperty("files").GetInt32(), Is.EqualTo(1));
            Assert.That(imported.GetProperty("members").GetInt32(), Is.EqualTo(1));
            Assert.That(summary.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()), Has.Some.Contains("\"gone\"").And.Some.Contains("not members of this team"));
        });

        var boardId = ImportedBoardId(job);
        Assert.That(boardId, Is.Not.EqualTo(FocalboardArchive.BoardId));
        var board = await CallAsync(importer.Client, HttpMethod.Get, $"/boards/{boardId}");
        var original = JsonSerializer.SerializeToElement(FocalboardArchive.Board()).GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(board.GetProperty("teamId").GetString(), Is.EqualTo(TeamId));
            Assert.That(board.GetProperty("modifiedBy").GetString(), Is.EqualTo(importer.Id));
            foreach (var field in (string[])["createdBy", "type", "title", "description", "icon", "showDescription", "properties", "cardProperties", "createAt"])
            {
                Assert.That(SameJson(board.GetProperty(field), original.GetProperty(field).GetRawText()), field);
            }
        });

        var blocks = (await BlocksAsync(importer.Client, boardId, "?all=true")).EnumerateArray().ToDictionary(b => b.GetProperty("type").GetString() + ":" + b.GetProperty("title").GetString());
        Assert.That(blocks, Has.Count.EqualTo(9));
        string Id(string key) => blocks[key].GetProperty("id").GetString()!;
        var card = blocks["card:Write the press release"];
        var fields = card.GetProperty("fields");
        Assert.Multiple(() =>
        {
            Assert.That(blocks.Values.Select(b => b.GetProperty("boardId").GetString()), Is.All.EqualTo(boardId));
            Assert.That(blocks.Values.Select(b => b.GetProperty("id").GetString()), Has.None.AnyOf("vkanban", "ccardone", "atextone", "iimageone", "acommentone"));
            Assert.That(card.GetProperty("parentId").GetString(), Is.EqualTo(boardId));
            Assert.That(card.GetProperty("createAt").GetInt64(), Is.EqualTo(1690000002000));
            Assert.That(card.GetProperty("createdBy").GetString(), Is.EqualTo(FocalboardArchive.OriginalAuthor));
            Assert.That(fields.GetProperty("icon").GetString(), Is.EqualTo("📰"));
            Assert.That(SameJson(fields.GetProperty("properties"), "{\"status\":\"todo\",\"estimate\":\"3\",\"tags\":[\"bug\"],\"due\":\"{\\\"from\\\":1700000000000}\"}"), fields.GetProperty("properties").GetRawText());
            Assert.That(fields.GetProperty("contentOrder").GetRawText(), Is.EqualTo(JsonSerializer.Serialize(new object[] { Id("text:Draft it **first**"), new[] { Id("image:"), Id("divider:") }, Id("checkbox:Send to legal") })));
            Assert.That(blocks["text:Draft it **first**"].GetProperty("parentId").GetString(), Is.EqualTo(card.GetProperty("id").GetString()));
            Assert.That(blocks["checkbox:Send to legal"].GetProperty("fields").GetProperty("value").GetBoolean(), Is.True);
            Assert.That(blocks["image:"].GetProperty("fields").GetProperty("fileId").GetString(), Does.EndWith(".png").And.Not.EqualTo(FocalboardArchive.ImageFile));
            Assert.That(blocks["comment:Looks good to me"].GetProperty("createdBy").GetString(), Is.EqualTo(member.Id));
            Assert.That(blocks["comment:Looks good to me"].GetProperty("createAt").GetInt64(), Is.EqualTo(1690000007000));
            Assert.That(blocks["card:Book the venue"].GetProperty("fields").GetProperty("properties").GetRawText(), Is.EqualTo("{\"status\":\"doing\"}"));
            Assert.That(blocks["card:Book the venue"].GetProperty("fields").GetProperty("isTemplate").GetBoolean(), Is.True);
            var kanban = blocks["view:Kanban"].GetProperty("fields");
            Assert.That(kanban.GetProperty("cardOrder").GetRawText(), Is.EqualTo(JsonSerializer.Serialize(new[] { Id("card:Write the press release"), Id("card:Book the venue") })));
            Assert.That(kanban.GetProperty("defaultTemplateId").GetString(), Is.EqualTo(Id("card:Book the venue")));
            Assert.That(SameJson(kanban.GetProperty("filter"), "{\"operation\":\"and\",\"filters\":[{\"propertyId\":\"tags\",\"condition\":\"includes\",\"values\":[\"bug\"]}]}"), kanban.GetProperty("filter").GetRawText());
            Assert.That(kanban.GetProperty("columnWidths").GetRawText(), Is.EqualTo("{\"__title\":280}"));
        });

        var members = await CallAsync(importer.Client, HttpMethod.Get, $"/boards/{boardId}/members");
        var roles = members.EnumerateArray().ToDictionary(m => m.GetProperty("userId").GetString()!, m => (Admin: m.GetProperty("schemeAdmin").GetBoolean(), Editor: m.GetProperty("schemeEditor").GetBoolean()));
        Assert.That(roles, Is.EquivalentTo(new Dictionary<string, (bool, bool)> { [importer.Id] = (true, true), [member.Id] = (false, true) }));
    }

    [Test]
    public async Task ALegacyVersion1Archive_IsImportedAsAPrivateBoard()
    {
        using var importer = await TeamMemberAsync();
        var archive = Jsonl(
        [
            "{\"version\":1,\"date\":1600000000000}",
            new { type = "block", data = new { id = "legacyboard", parentId = "", type = "board", title = "Old board", createAt = 1600000000000, fields = new { icon = "📋", description = "From 2020", showDescription = true, cardProperties = new[] { new { id = "st", name = "Status", type = "select", options = new[] { new { id = "o1", value = "Open", color = "propColorRed" } } } } } } },
            new { type = "block", data = new { id = "legacycard", parentId = "legacyboard", boardId = "legacyboard", type = "card", title = "Old card", createAt = 1600000001000, fields = new { properties = new { st = "o1" }, contentOrder = new[] { "legacytext" } } } },
            new { type = "block", data = new { id = "legacytext", parentId = "legacycard", boardId = "legacyboard", type = "text", title = "Notes", createAt = 1600000002000, fields = new { } } },
        ]);

        var job = await ImportAsync(importer.Client, archive, "old.boardarchive");

        Assert.That(job.GetProperty("summary").GetProperty("format").GetString(), Is.EqualTo("boardarchive-v1"));
        var board = await CallAsync(importer.Client, HttpMethod.Get, $"/boards/{ImportedBoardId(job)}");
        Assert.Multiple(() =>
        {
            Assert.That(board.GetProperty("type").GetString(), Is.EqualTo("P"));
            Assert.That(board.GetProperty("title").GetString(), Is.EqualTo("Old board"));
            Assert.That(board.GetProperty("icon").GetString(), Is.EqualTo("📋"));
            Assert.That(board.GetProperty("description").GetString(), Is.EqualTo("From 2020"));
            Assert.That(board.GetProperty("cardProperties")[0].GetProperty("options")[0].GetProperty("value").GetString(), Is.EqualTo("Open"));
        });
        var blocks = (await BlocksAsync(importer.Client, ImportedBoardId(job), "?all=true")).EnumerateArray().ToList();
        var card = blocks.Single(b => b.GetProperty("type").GetString() == "card");
        var text = blocks.Single(b => b.GetProperty("type").GetString() == "text");
        Assert.That(card.GetProperty("fields").GetProperty("properties").GetProperty("st").GetString(), Is.EqualTo("o1"));
        Assert.That(card.GetProperty("fields").GetProperty("contentOrder")[0].GetString(), Is.EqualTo(text.GetProperty("id").GetString()));
        Assert.That(text.GetProperty("parentId").GetString(), Is.EqualTo(card.GetProperty("id").GetString()));
    }

    [TestCase("not a zip", "neither a .boardarchive")]
    [TestCase("no version", "version.json is missing")]
    [TestCase("version 3", "unsupported archive version; got 3, want 2")]
    [TestCase("broken json", "error parsing archive line 11")]
    [TestCase("unknown line", "unsupported archive line type; got comment, line 11")]
    [TestCase("block before board", "block is not a board")]
    [TestCase("empty", "the file is empty")]
    public async Task ABadArchive_IsRefusedWithAClearError_AndLeavesNothingBehind(string kind, string message)
    {
        using var importer = await TeamMemberAsync();
        var good = ArchiveWith(importer.Id, []);
        byte[] archive = kind switch
        {
            "not a zip" => Encoding.UTF8.GetBytes("hello, this is a text file"),
            "no version" => Zip(Unzip(good).Where(e => e.Key != "version.json").Select(e => (e.Key, e.Value))),
            "version 3" => Zip(Unzip(good).Select(e => (e.Key, e.Key == "version.json" ? FocalboardArchive.Version(3) : e.Value))),
            "broken json" => ArchiveWith(importer.Id, [], Encoding.UTF8.GetBytes("{\"type\":\"block\",\"data\":{\"id\":")),
            "unknown line" => ArchiveWith(importer.Id, [], Encoding.UTF8.GetBytes("{\"type\":\"comment\",\"data\":{}}\n")),
            "block before board" => Zip([("version.json", FocalboardArchive.Version(2)), ("b/board.jsonl", Jsonl([.. FocalboardArchive.Blocks(importer.Id).Skip(1)]))]),
            _ => [],
        };

        var boards = await BoardCountAsync(importer.Client);

        using var response = await UploadAsync(importer.Client, $"/teams/{TeamId}/archive/import", archive);

        Assert.That(await ReadErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain(message));
        Assert.That(await BoardCountAsync(importer.Client), Is.EqualTo(boards));
        var teamFiles = Path.Combine(Server.DataDirectory, "boards", "files", TeamId);
        Assert.That(Directory.Exists(teamFiles) ? Directory.EnumerateFiles(teamFiles, "*", SearchOption.AllDirectories) : [], Is.Empty);
    }

    [Test]
    public async Task AnArchiveThatBreaksAfterThousandsOfBlocks_LeavesNothingBehind()
    {
        using var importer = await TeamMemberAsync();
        var lines = new List<object> { FocalboardArchive.Board() };
        lines.AddRange(Enumerable.Range(0, 1500).Select(i => FocalboardArchive.Block($"card{i}", FocalboardArchive.BoardId, "card", $"Card {i}", new { properties = new { status = "todo" } }, 1690000000000 + i)));
        var archive = Zip(
        [
            ("version.json", FocalboardArchive.Version(2)),
            ($"{FocalboardArchive.BoardId}/board.jsonl", [.. Jsonl(lines), .. "{\"type\":\"block\",\"data\":[]}\n"u8.ToArray()]),
        ]);

        var boards = await BoardCountAsync(importer.Client);

        using var response = await UploadAsync(importer.Client, $"/teams/{TeamId}/archive/import", archive);

        Assert.That(await ReadErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain("invalid block in archive line 1502"));
        Assert.That(await BoardCountAsync(importer.Client), Is.EqualTo(boards));
    }

    [Test]
    public async Task AnUploadWithoutTheFileField_IsRefused()
    {
        using var response = await UploadAsync(Owner.Client, $"/teams/{TeamId}/archive/import", [1, 2, 3], field: "archive");

        Assert.That(await ReadErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain("multipart field \"file\""));
    }

    [Test]
    public async Task SomeoneOutsideTheTeam_CannotImportIntoIt()
    {
        using var outsider = await OutsiderAsync();

        using var response = await UploadAsync(outsider.Client, $"/teams/{TeamId}/archive/import", ArchiveWith(outsider.Id, []));

        Assert.That(await ReadErrorAsync(response, HttpStatusCode.Forbidden), Is.EqualTo("access denied to create board"));
    }

    [Test]
    public async Task AnAsyncImport_AnswersAJobWhoseProgressOnlyItsUserCanRead()
    {
        using var importer = await TeamMemberAsync();
        using var other = await TeamMemberAsync();

        using var response = await UploadAsync(importer.Client, $"/teams/{TeamId}/archive/import?async=true", ArchiveWith(importer.Id, []));
        var started = await response.ReadJsonAsync(HttpStatusCode.Accepted);
        var jobId = started.GetProperty("id").GetString()!;
        Assert.That(started.GetProperty("state").GetString(), Is.AnyOf("running", "done"));

        var job = started;
        for (var poll = 0; poll < 600 && job.GetProperty("state").GetString() == "running"; poll++)
        {
            await Task.Delay(50);
            job = await CallAsync(importer.Client, HttpMethod.Get, $"/teams/{TeamId}/archive/import/{jobId}");
        }

        Assert.That(job.GetProperty("state").GetString(), Is.EqualTo("done"), job.ToString());
        Assert.That(job.GetProperty("processed").GetInt64(), Is.EqualTo(job.GetProperty("total").GetInt64()));
        Assert.That(job.GetProperty("summary").GetProperty("imported").GetProperty("cards").GetInt32(), Is.EqualTo(2));
        await ErrorAsync(other.Client, HttpMethod.Get, $"/teams/{TeamId}/archive/import/{jobId}", null, HttpStatusCode.NotFound);
    }
}

/// <summary>The import's size limit, with a server configured for small uploads.</summary>
public sealed class ArchiveImportLimitTests : ImportFixture
{
    protected override IReadOnlyDictionary<string, string?> ServerSettings => new Dictionary<string, string?> { ["Suite:Boards:MaxImportBytes"] = "4096" };

    [Test]
    public async Task AnUploadOverTheLimit_IsRefusedAsTooLarge_AndImportsNothing()
    {
        var archive = Zip([("version.json", FocalboardArchive.Version(2)), ("b/board.jsonl", Encoding.UTF8.GetBytes(new string(' ', 20_000))), ("b/big.bin", System.Security.Cryptography.RandomNumberGenerator.GetBytes(10_000))]);
        var boards = await BoardCountAsync(Owner.Client);

        using var response = await UploadAsync(Owner.Client, $"/teams/{TeamId}/archive/import", archive);

        Assert.That(await ReadErrorAsync(response, HttpStatusCode.RequestEntityTooLarge), Does.Contain("larger than the import limit of 4096 bytes"));
        Assert.That(await BoardCountAsync(Owner.Client), Is.EqualTo(boards));
    }

    [Test]
    public async Task AFileThatUnpacksOverTheLimit_FailsTheImport_AndTheFilesWrittenBeforeAreRemoved()
    {
        var lines = new object[]
        {
            FocalboardArchive.Board(),
            FocalboardArchive.Block("ccard", FocalboardArchive.BoardId, "card", "Card", new { contentOrder = new[] { "ia", "ib" } }, 1690000000000),
            FocalboardArchive.Block("ia", "ccard", "image", "", new { fileId = "7a.png" }, 1690000000001),
            FocalboardArchive.Block("ib", "ccard", "image", "", new { fileId = "7b.png" }, 1690000000002),
        };
        var archive = Zip(
        [
            ("version.json", FocalboardArchive.Version(2)),
            ($"{FocalboardArchive.BoardId}/board.jsonl", Jsonl(lines)),
            ($"{FocalboardArchive.BoardId}/7a.png", FocalboardArchive.Image),
            ($"{FocalboardArchive.BoardId}/7b.png", new byte[20_000]),
        ]);
        Assert.That(archive, Has.Length.LessThan(4096));
        var boards = await BoardCountAsync(Owner.Client);

        using var response = await UploadAsync(Owner.Client, $"/teams/{TeamId}/archive/import", archive);

        Assert.That(await ReadErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain("larger than the limit of 4096 bytes"));
        Assert.That(await BoardCountAsync(Owner.Client), Is.EqualTo(boards));
        var teamFiles = Path.Combine(Server.DataDirectory, "boards", "files", TeamId);
        Assert.That(Directory.Exists(teamFiles) ? Directory.EnumerateFileSystemEntries(teamFiles, "*", SearchOption.AllDirectories) : [], Is.Empty);
    }
}
