using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Suite.Testing;

namespace Suite.Channels.Tests.Files;

/// <summary>Upload, download, info, attachment to posts and who may read a file, over real multipart HTTP.</summary>
public sealed class FileTests : ChannelsFixture
{
    private string _channelId = "";

    [OneTimeSetUp]
    public async Task CreateChannel() => _channelId = (await Owner.Client.CreateChannelAsync(TeamId)).Id();

    [Test]
    public async Task Upload_AnswersCreatedWithMattermostsFileInfosAndTheClientIds()
    {
        using var form = FilesApi.Form(_channelId, ("Notes.TXT", Encoding.UTF8.GetBytes("hello")), ("chart.png", [0x89, 0x50, 0x4e, 0x47]));
        form.Add(new StringContent("client-1"), "client_ids");
        form.Add(new StringContent("client-2"), "client_ids");
        using var response = await Owner.Client.PostAsync("/api/v4/files", form);
        var body = await response.ReadJsonAsync(HttpStatusCode.Created);

        var infos = body.GetProperty("file_infos");
        var notes = infos[0];
        Assert.Multiple(() =>
        {
            Assert.That(infos.GetArrayLength(), Is.EqualTo(2));
            Assert.That(body.GetProperty("client_ids").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { "client-1", "client-2" }));
            Assert.That(notes.Id(), Has.Length.EqualTo(26));
            Assert.That(notes.Str("user_id"), Is.EqualTo(Owner.Id));
            Assert.That(notes.Str("channel_id"), Is.EqualTo(_channelId));
            Assert.That(notes.Str("name"), Is.EqualTo("Notes.TXT"));
            Assert.That(notes.Str("extension"), Is.EqualTo("txt"));
            Assert.That(notes.Str("mime_type"), Is.EqualTo("text/plain"));
            Assert.That(notes.Long("size"), Is.EqualTo(5));
            Assert.That(notes.Long("create_at"), Is.GreaterThan(0));
            Assert.That(notes.Long("delete_at"), Is.Zero);
            Assert.That(notes.TryGetProperty("post_id", out _), Is.False, "post_id is left out until the file is attached");
            Assert.That(infos[1].Str("extension"), Is.EqualTo("png"));
            Assert.That(infos[1].Str("mime_type"), Is.EqualTo("image/png"));
        });
    }

    [Test]
    public async Task Get_AnswersTheBytesWithTheirTypeAndADisposition()
    {
        var text = await Owner.Client.UploadAsync(_channelId, "report final.txt", "the report");
        var image = await Owner.Client.UploadAsync(_channelId, "photo.png", "not really a png");
        var page = await Owner.Client.UploadAsync(_channelId, "page.html", "<script>alert(1)</script>");

        using var textResponse = await Owner.Client.GetAsync($"/api/v4/files/{text.Id()}");
        using var imageResponse = await Owner.Client.GetAsync($"/api/v4/files/{image.Id()}");
        using var imageDownload = await Owner.Client.GetAsync($"/api/v4/files/{image.Id()}?download=1");
        using var pageResponse = await Owner.Client.GetAsync($"/api/v4/files/{page.Id()}");
        Assert.Multiple(async () =>
        {
            Assert.That(textResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await textResponse.Content.ReadAsStringAsync(), Is.EqualTo("the report"));
            Assert.That(textResponse.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
            Assert.That(textResponse.Content.Headers.ContentLength, Is.EqualTo(10));
            Assert.That(textResponse.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
            Assert.That(textResponse.Content.Headers.ContentDisposition?.FileNameStar, Is.EqualTo("report final.txt"));
            Assert.That(textResponse.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(imageResponse.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
            Assert.That(imageResponse.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("inline"), "images show in the browser");
            Assert.That(imageDownload.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
            Assert.That(pageResponse.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"), "an uploaded page never runs in the server's origin");
            Assert.That(pageResponse.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        });
    }

    [Test]
    public async Task Info_AnswersTheFileInfo()
    {
        var file = await Owner.Client.UploadAsync(_channelId, "data.csv", "a,b\n1,2\n");

        var info = await Owner.Client.GetJsonAsync($"/api/v4/files/{file.Id()}/info");
        Assert.Multiple(() =>
        {
            Assert.That(info.Id(), Is.EqualTo(file.Id()));
            Assert.That(info.Str("name"), Is.EqualTo("data.csv"));
            Assert.That(info.Str("extension"), Is.EqualTo("csv"));
            Assert.That(info.Str("mime_type"), Is.EqualTo("text/csv"));
            Assert.That(info.Long("size"), Is.EqualTo(8));
        });
    }

    [Test]
    public async Task Files_AreStoredUnderTheDataDirectoryByIdNeverByTheirName()
    {
        var file = await Owner.Client.UploadAsync(_channelId, "unique-name-on-disk.txt", "bytes");

        var stored = FilesApi.StoredFiles(Server);
        Assert.Multiple(() =>
        {
            Assert.That(stored, Has.Some.EndsWith(Path.Combine(_channelId, file.Id())));
            Assert.That(stored, Has.None.Contains("unique-name-on-disk"));
            Assert.That(stored, Has.None.StartsWith("tmp"), "no temporary file is left");
        });
    }

    [TestCase("../../../../etc/passwd", "passwd")]
    [TestCase("..\\..\\windows\\win.ini", "win.ini")]
    [TestCase("..", "file")]
    [TestCase("/", "file")]
    [TestCase("dir/sub/name.txt", "name.txt")]
    public async Task FileNamesWithPaths_KeepOnlyTheirLastSegment(string sent, string kept)
    {
        var file = await Owner.Client.UploadAsync(_channelId, sent, "content");

        Assert.That(file.Str("name"), Is.EqualTo(kept));
        using var response = await Owner.Client.GetAsync($"/api/v4/files/{file.Id()}");
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("content"));
        Assert.That(File.Exists(Path.Combine(Server.DataDirectory, "..", "etc", "passwd")), Is.False);
    }

    [Test]
    public async Task AttachingToAPost_ListsTheFileInThePostAndRecordsThePost()
    {
        var file = await Owner.Client.UploadAsync(_channelId, "attached.txt", "attached");
        var post = await Owner.Client.PostWithFilesAsync(_channelId, "see attached", file.Id());

        var read = await Owner.Client.GetJsonAsync($"/api/v4/posts/{post.Id()}");
        var info = await Owner.Client.GetJsonAsync($"/api/v4/files/{file.Id()}/info");
        var forPost = await Owner.Client.GetJsonAsync($"/api/v4/posts/{post.Id()}/files/info");
        var page = await Owner.Client.GetJsonAsync($"/api/v4/channels/{_channelId}/posts");
        Assert.Multiple(() =>
        {
            Assert.That(post.GetProperty("file_ids").EnumerateArray().Select(f => f.GetString()), Is.EqualTo(new[] { file.Id() }));
            Assert.That(post.GetProperty("metadata").GetProperty("files")[0].Id(), Is.EqualTo(file.Id()));
            Assert.That(read.GetProperty("metadata").GetProperty("files")[0].Str("name"), Is.EqualTo("attached.txt"));
            Assert.That(info.Str("post_id"), Is.EqualTo(post.Id()));
            Assert.That(forPost.EnumerateArray().Select(f => f.Id()), Is.EqualTo(new[] { file.Id() }));
            Assert.That(Post(page, post.Id()).GetProperty("metadata").GetProperty("files").GetArrayLength(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task OnlyTheUploadersOwnUnattachedFilesOfTheSameChannel_AreAttached()
    {
        using var member = await TeamMemberAsync();
        await member.Client.AddMemberAsync(_channelId, member.Id);
        var other = await Owner.Client.CreateChannelAsync(TeamId);
        var someoneElses = await member.Client.UploadAsync(_channelId, "theirs.txt", "theirs");
        var otherChannel = await Owner.Client.UploadAsync(other.Id(), "elsewhere.txt", "elsewhere");
        var taken = await Owner.Client.UploadAsync(_channelId, "taken.txt", "taken");
        await Owner.Client.PostWithFilesAsync(_channelId, "first", taken.Id());
        var mine = await Owner.Client.UploadAsync(_channelId, "mine.txt", "mine");

        var post = await Owner.Client.PostWithFilesAsync(_channelId, "second", someoneElses.Id(), otherChannel.Id(), taken.Id(), mine.Id());
        Assert.Multiple(async () =>
        {
            Assert.That(post.GetProperty("file_ids").EnumerateArray().Select(f => f.GetString()), Is.EqualTo(new[] { mine.Id() }));
            Assert.That((await member.Client.GetJsonAsync($"/api/v4/files/{someoneElses.Id()}/info")).TryGetProperty("post_id", out _), Is.False);
        });
    }

    [Test]
    public async Task AFileOfAPrivateChannel_IsReadableByItsMembersOnly()
    {
        using var member = await TeamMemberAsync();
        using var teammate = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();
        var secret = await Owner.Client.CreateChannelAsync(TeamId, type: "P");
        await Owner.Client.AddMemberAsync(secret.Id(), member.Id);
        var file = await Owner.Client.UploadAsync(secret.Id(), "secret.txt", "secret");
        await Owner.Client.PostWithFilesAsync(secret.Id(), "secret file", file.Id());

        using var memberGet = await member.Client.GetAsync($"/api/v4/files/{file.Id()}");
        Assert.That(await memberGet.Content.ReadAsStringAsync(), Is.EqualTo("secret"));
        foreach (var stranger in new[] { teammate, outsider })
        {
            await stranger.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/files/{file.Id()}", null, HttpStatusCode.Forbidden);
            await stranger.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/files/{file.Id()}/info", null, HttpStatusCode.Forbidden);
            await stranger.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/files/{file.Id()}/thumbnail", null, HttpStatusCode.Forbidden);
        }
    }

    [Test]
    public async Task AFileOfAPublicChannel_IsNotReadableByTeamMembersWhoHaveNotJoined()
    {
        using var teammate = await TeamMemberAsync();
        var file = await Owner.Client.UploadAsync(_channelId, "public.txt", "public");
        await Owner.Client.PostWithFilesAsync(_channelId, "public file", file.Id());

        await teammate.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/files/{file.Id()}", null, HttpStatusCode.Forbidden);
        await teammate.Client.AddMemberAsync(_channelId, teammate.Id);
        using var response = await teammate.Client.GetAsync($"/api/v4/files/{file.Id()}");
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("public"));
    }

    [Test]
    public async Task Uploading_NeedsChannelMembership()
    {
        using var teammate = await TeamMemberAsync();
        var secret = await Owner.Client.CreateChannelAsync(TeamId, type: "P");
        var before = FilesApi.StoredFiles(Server).Count;

        using var toPublic = FilesApi.Form(_channelId, ("a.txt", [1]));
        await teammate.Client.UploadErrorAsync(toPublic, HttpStatusCode.Forbidden);
        using var toPrivate = FilesApi.Form(secret.Id(), ("a.txt", [1]));
        await teammate.Client.UploadErrorAsync(toPrivate, HttpStatusCode.NotFound);
        Assert.That(FilesApi.StoredFiles(Server), Has.Count.EqualTo(before));
    }

    [Test]
    public async Task TheFilesOfADeletedPost_AreNoLongerServed()
    {
        var file = await Owner.Client.UploadAsync(_channelId, "gone.txt", "gone");
        var post = await Owner.Client.PostWithFilesAsync(_channelId, "soon deleted", file.Id());
        await Owner.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/posts/{post.Id()}", null);

        await Owner.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/files/{file.Id()}", null, HttpStatusCode.NotFound);
        await Owner.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/files/{file.Id()}/info", null, HttpStatusCode.NotFound);
    }

    [TestCase("thumbnail")]
    [TestCase("preview")]
    public async Task ThumbnailsAndPreviews_AreNotMade_AndSaySo(string variant)
    {
        var file = await Owner.Client.UploadAsync(_channelId, "picture.png", "png-ish");

        await Owner.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/files/{file.Id()}/{variant}", null, HttpStatusCode.NotFound, $"api.file.get_file_{variant}.no_{variant}.app_error");
    }

    [Test]
    public async Task AFileOverTheDefaultLimitOf100MB_IsRefusedAndLeavesNothing()
    {
        var before = FilesApi.StoredFiles(Server);
        using var form = new MultipartFormDataContent { { new StringContent(_channelId), "channel_id" } };
        form.Add(new StreamContent(new PatternStream((100L * 1024 * 1024) + 1)), "files", "too-big.bin");

        await Owner.Client.UploadErrorAsync(form, HttpStatusCode.RequestEntityTooLarge);
        Assert.That(FilesApi.StoredFiles(Server), Is.EquivalentTo(before));
    }

    [Test]
    public async Task UnknownFiles_AnswerNotFound()
    {
        await Owner.Client.SendErrorAsync(HttpMethod.Get, "/api/v4/files/abcdefghijklmnopqrstuvwxyz", null, HttpStatusCode.NotFound);
        await Owner.Client.SendErrorAsync(HttpMethod.Get, "/api/v4/files/not-an-id/info", null, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task WithoutASession_UploadAndGetAnswerUnauthorized()
    {
        var file = await Owner.Client.UploadAsync(_channelId, "private.txt", "x");
        using var anonymous = Api.Anonymous();

        using var form = FilesApi.Form(_channelId, ("a.txt", [1]));
        await anonymous.UploadErrorAsync(form, HttpStatusCode.Unauthorized);
        await anonymous.SendErrorAsync(HttpMethod.Get, $"/api/v4/files/{file.Id()}", null, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task MalformedUploads_AnswerBadRequestAndStoreNothing()
    {
        var before = FilesApi.StoredFiles(Server).Count;

        using var json = SuiteApi.Json(new { channel_id = _channelId });
        await Owner.Client.UploadErrorAsync(json, HttpStatusCode.BadRequest);

        using var noChannel = new MultipartFormDataContent { { new ByteArrayContent([1]), "files", "a.txt" } };
        await Owner.Client.UploadErrorAsync(noChannel, HttpStatusCode.BadRequest, "api.file.upload_file.get_channel.app_error");

        using var channelAfterFiles = new MultipartFormDataContent { { new ByteArrayContent([1]), "files", "a.txt" }, { new StringContent(_channelId), "channel_id" } };
        await Owner.Client.UploadErrorAsync(channelAfterFiles, HttpStatusCode.BadRequest);

        using var noFiles = new MultipartFormDataContent { { new StringContent(_channelId), "channel_id" } };
        await Owner.Client.UploadErrorAsync(noFiles, HttpStatusCode.BadRequest, "api.file.upload_file.no_files.app_error");

        using var wrongClientIds = FilesApi.Form(_channelId, ("a.txt", [1]), ("b.txt", [2]));
        wrongClientIds.Add(new StringContent("only-one"), "client_ids");
        await Owner.Client.UploadErrorAsync(wrongClientIds, HttpStatusCode.BadRequest, "api.file.upload_file.incorrect_number_of_client_ids.app_error");

        using var truncated = new StringContent("--xyz\r\nContent-Disposition: form-data; name=\"channel_id\"\r\n\r\n" + _channelId + "\r\n--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nabc");
        truncated.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");
        await Owner.Client.UploadErrorAsync(truncated, HttpStatusCode.BadRequest);

        Assert.That(FilesApi.StoredFiles(Server), Has.Count.EqualTo(before));
        Assert.That(await Server.ScalarAsync<long>("SELECT count(*) FROM channels.file_infos WHERE name IN ('a.txt', 'b.txt')"), Is.Zero);
    }

    [Test]
    public async Task AnUploadLargerThanKestrelsDefaultLimit_IsStreamedToDisk()
    {
        const long size = 40L * 1024 * 1024;
        using var form = new MultipartFormDataContent { { new StringContent(_channelId), "channel_id" } };
        form.Add(new StreamContent(new PatternStream(size)), "files", "large.bin");
        using var response = await Owner.Client.PostAsync("/api/v4/files", form);
        var file = (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("file_infos")[0];

        Assert.That(file.Long("size"), Is.EqualTo(size));
        using var download = await Owner.Client.GetAsync($"/api/v4/files/{file.Id()}", HttpCompletionOption.ResponseHeadersRead);
        Assert.That(download.Content.Headers.ContentLength, Is.EqualTo(size));
    }
}
