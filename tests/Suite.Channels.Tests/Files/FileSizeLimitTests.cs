using System.Net;
using Suite.Testing;

namespace Suite.Channels.Tests.Files;

/// <summary><c>Suite:Files:MaxFileSizeBytes</c>, set low: a file over it is refused whole and leaves nothing behind.</summary>
public sealed class FileSizeLimitTests
{
    private const int Limit = 64 * 1024;

    private SuiteTestServer _server = null!;
    private SignedInUser _user = null!;
    private string _channelId = "";

    [OneTimeSetUp]
    public async Task StartServerWithALowLimit()
    {
        _server = await SuiteTestServer.StartAsync(settings: new Dictionary<string, string?> { ["Suite:Files:MaxFileSizeBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var api = new SuiteApi(_server);
        _user = await api.SignUpAndLoginAsync();
        var teamId = (await SuiteApi.CreateTeamAsync(_user.Client)).Id();
        _channelId = (await _user.Client.CreateChannelAsync(teamId)).Id();
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        _user?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Test]
    public async Task AFileOfExactlyTheLimit_IsAccepted()
    {
        using var form = FilesApi.Form(_channelId, ("limit.bin", new byte[Limit]));
        using var response = await _user.Client.PostAsync("/api/v4/files", form);
        var body = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.That(body.GetProperty("file_infos")[0].Long("size"), Is.EqualTo(Limit));
    }

    [Test]
    public async Task AFileOverTheLimit_AnswersTooLargeAndLeavesNoFileAndNoRow()
    {
        var before = FilesApi.StoredFiles(_server);
        using var form = FilesApi.Form(_channelId, ("small.txt", [1, 2, 3]), ("big.bin", new byte[Limit + 1]));

        await _user.Client.UploadErrorAsync(form, HttpStatusCode.RequestEntityTooLarge, "api.file.upload_file.too_large_detailed.app_error");
        Assert.That(FilesApi.StoredFiles(_server), Is.EquivalentTo(before), "neither the big file nor the small one before it stays");
        Assert.That(await _server.ScalarAsync<long>("SELECT count(*) FROM channels.file_infos WHERE name IN ('small.txt', 'big.bin')"), Is.Zero);
    }

    [Test]
    public async Task ARequestFarOverTheLimit_IsRefusedBeforeItIsRead()
    {
        using var form = FilesApi.Form(_channelId, ("huge.bin", new byte[4 * Limit]));

        await _user.Client.UploadErrorAsync(form, HttpStatusCode.RequestEntityTooLarge, "api.file.upload_file.too_large.app_error");
        Assert.That(FilesApi.StoredFiles(_server).Where(f => !f.StartsWith("tmp", StringComparison.Ordinal)), Has.None.Contains("huge"));
    }

    [Test]
    public async Task AChunkedRequestOverTheLimit_IsCutOffWhileStreaming()
    {
        var before = FilesApi.StoredFiles(_server);
        using var form = new MultipartFormDataContent { { new StringContent(_channelId), "channel_id" } };
        form.Add(new StreamContent(new PatternStream(4 * Limit)), "files", "streamed.bin");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v4/files") { Content = form };
        request.Headers.TransferEncodingChunked = true;
        using var response = await _user.Client.SendAsync(request);

        await response.ReadErrorAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.That(FilesApi.StoredFiles(_server), Is.EquivalentTo(before));
    }
}
