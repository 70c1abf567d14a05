using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Suite.Testing;

namespace Suite.Boards.Tests;

public sealed class FileTests : BoardsFixture
{
    private const int MaxFileSize = 4096;

    protected override IReadOnlyDictionary<string, string?> ServerSettings =>
        new Dictionary<string, string?> { ["Suite:Files:MaxFileSizeBytes"] = MaxFileSize.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    [Test]
    public async Task AnEditorsUpload_IsReadByAViewer_WithFocalboardsHeadersAndInfo()
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client));
        using var viewer = await TeamMemberAsync();
        await AddMemberAsync(creator.Client, boardId, viewer.Id, "viewer");
        var png = Encoding.ASCII.GetBytes("\u0089PNG fake image bytes");

        using var upload = await UploadAsync(creator.Client, TeamId, boardId, "Diagram.PNG", png);
        var fileId = (await upload.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("fileId").GetString()!;
        using var download = await SendAsync(viewer.Client, HttpMethod.Get, $"/files/teams/{TeamId}/{boardId}/{fileId}");
        var info = await CallAsync(viewer.Client, HttpMethod.Get, $"/files/teams/{TeamId}/{boardId}/{fileId}/info");

        Assert.That(fileId, Does.StartWith("7").And.EndWith(".png").And.Length.EqualTo(31));
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(png));
        Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
        Assert.That(download.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("inline"));
        Assert.That(download.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(info.GetProperty("name").GetString(), Is.EqualTo("Diagram.PNG"));
        Assert.That(info.GetProperty("extension").GetString(), Is.EqualTo("png"));
        Assert.That(info.GetProperty("size").GetInt64(), Is.EqualTo(png.Length));
        Assert.That(info.GetProperty("mime_type").GetString(), Is.EqualTo("image/png"));
    }

    [Test]
    public async Task AnHtmlFile_IsServedAsPlainTextForDownload()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        using var upload = await UploadAsync(Owner.Client, TeamId, boardId, "page.html", Encoding.UTF8.GetBytes("<script>alert(1)</script>"));
        var fileId = (await upload.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("fileId").GetString()!;

        using var download = await SendAsync(Owner.Client, HttpMethod.Get, $"/files/teams/{TeamId}/{boardId}/{fileId}");

        Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
        Assert.That(download.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
    }

    [TestCase("viewer", HttpStatusCode.Forbidden)]
    [TestCase("commenter", HttpStatusCode.Forbidden)]
    [TestCase("editor", HttpStatusCode.OK)]
    public async Task Uploading_NeedsAnEditor(string role, HttpStatusCode expected)
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client));
        using var user = await TeamMemberAsync();
        await AddMemberAsync(creator.Client, boardId, user.Id, role);

        using var upload = await UploadAsync(user.Client, TeamId, boardId, "notes.txt", [1, 2, 3]);

        if (expected == HttpStatusCode.OK)
        {
            await upload.ReadJsonAsync(expected);
        }
        else
        {
            Assert.That(await ReadErrorAsync(upload, expected), Is.EqualTo("access denied to make board changes"));
        }
    }

    [Test]
    public async Task AFileLargerThanTheLimit_Is413_AndNothingIsStored()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));

        using var upload = await UploadAsync(Owner.Client, TeamId, boardId, "big.bin", new byte[MaxFileSize + 1]);
        using var exact = await UploadAsync(Owner.Client, TeamId, boardId, "fits.bin", new byte[MaxFileSize]);

        Assert.That(await ReadErrorAsync(upload, HttpStatusCode.RequestEntityTooLarge), Does.StartWith("request entity too large"));
        await exact.ReadJsonAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task NonMembersAndOtherBoards_CannotReadAFile()
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client, type: "P"));
        var otherBoard = await BoardIdAsync(CreateBoardAsync(creator.Client));
        using var upload = await UploadAsync(creator.Client, TeamId, boardId, "secret.txt", Encoding.UTF8.GetBytes("secret"));
        var fileId = (await upload.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("fileId").GetString()!;
        using var member = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();

        await ErrorAsync(member.Client, HttpMethod.Get, $"/files/teams/{TeamId}/{boardId}/{fileId}", null, HttpStatusCode.Forbidden);
        await ErrorAsync(outsider.Client, HttpMethod.Get, $"/files/teams/{TeamId}/{boardId}/{fileId}/info", null, HttpStatusCode.Forbidden);
        await ErrorAsync(creator.Client, HttpMethod.Get, $"/files/teams/{TeamId}/{otherBoard}/{fileId}", null, HttpStatusCode.NotFound);
        using var wrongTeam = await UploadAsync(creator.Client, "0", boardId, "x.txt", [1]);
        await ReadErrorAsync(wrongTeam, HttpStatusCode.NotFound);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string teamId, string boardId, string name, byte[] bytes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Root}/teams/{teamId}/{boardId}/files");
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", name);
        request.Content = content;
        return await client.SendAsync(request);
    }
}
