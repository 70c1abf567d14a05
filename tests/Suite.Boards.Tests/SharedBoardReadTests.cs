using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Suite.Testing;

namespace Suite.Boards.Tests;

/// <summary>Focalboard's public read-only link: <c>?read_token=</c> on a board's GET, its blocks and its files, as <c>permissions_test.go</c> expects.</summary>
public sealed class SharedBoardReadTests : BoardsFixture
{
    protected override IReadOnlyDictionary<string, string?> ServerSettings =>
        new Dictionary<string, string?> { ["Suite:Boards:EnablePublicSharedBoards"] = "true" };

    [Test]
    public async Task SomeoneNotSignedIn_ReadsASharedPrivateBoard_ItsBlocksAndFiles_WithItsToken()
    {
        var (boardId, cardTitle, fileId) = await SharedBoardAsync("reader-token");
        using var anonymous = Server.CreateClient();

        var board = await CallAsync(anonymous, HttpMethod.Get, $"/boards/{boardId}?read_token=reader-token");
        var blocks = await CallAsync(anonymous, HttpMethod.Get, $"/boards/{boardId}/blocks?all=true&read_token=reader-token");
        using var file = await SendAsync(anonymous, HttpMethod.Get, $"/files/teams/{TeamId}/{boardId}/{fileId}?read_token=reader-token");

        Assert.That(board.GetProperty("id").GetString(), Is.EqualTo(boardId));
        Assert.That(board.GetProperty("type").GetString(), Is.EqualTo("P"));
        Assert.That(blocks.EnumerateArray().Select(b => b.GetProperty("title").GetString()), Does.Contain(cardTitle));
        Assert.That(file.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await file.Content.ReadAsStringAsync(), Is.EqualTo("shared notes"));
    }

    [Test]
    public async Task WithoutATokenOrWithAWrongOne_SomeoneNotSignedIn_Gets401_AndAnOutsider403()
    {
        var (boardId, _, fileId) = await SharedBoardAsync("right-token");
        using var anonymous = Server.CreateClient();
        using var outsider = await OutsiderAsync();

        foreach (var query in new[] { "", "?read_token=wrong-token", "?read_token=" })
        {
            Assert.That(await ErrorAsync(anonymous, HttpMethod.Get, $"/boards/{boardId}{query}", null, HttpStatusCode.Unauthorized), Is.EqualTo("access denied to board"));
            await ErrorAsync(anonymous, HttpMethod.Get, $"/boards/{boardId}/blocks{(query.Length == 0 ? "?" : query + "&")}all=true", null, HttpStatusCode.Unauthorized);
            await ErrorAsync(anonymous, HttpMethod.Get, $"/files/teams/{TeamId}/{boardId}/{fileId}{query}", null, HttpStatusCode.Unauthorized);
        }

        await ErrorAsync(outsider.Client, HttpMethod.Get, $"/boards/{boardId}?read_token=wrong-token", null, HttpStatusCode.Forbidden);
        await ErrorAsync(outsider.Client, HttpMethod.Get, $"/boards/{boardId}/blocks?all=true&read_token=wrong-token", null, HttpStatusCode.Forbidden);
        var readByOutsider = await CallAsync(outsider.Client, HttpMethod.Get, $"/boards/{boardId}?read_token=right-token");
        Assert.That(readByOutsider.GetProperty("id").GetString(), Is.EqualTo(boardId), "a valid token opens the board to a signed-in outsider too, as in Focalboard");
    }

    [Test]
    public async Task ARevokedOrReplacedToken_NoLongerOpensTheBoard()
    {
        var (boardId, _, _) = await SharedBoardAsync("first-token");
        using var anonymous = Server.CreateClient();
        await CallAsync(anonymous, HttpMethod.Get, $"/boards/{boardId}?read_token=first-token");

        await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/sharing", new { id = boardId, enabled = true, token = "second-token" });
        await ErrorAsync(anonymous, HttpMethod.Get, $"/boards/{boardId}?read_token=first-token", null, HttpStatusCode.Unauthorized);
        await CallAsync(anonymous, HttpMethod.Get, $"/boards/{boardId}/blocks?all=true&read_token=second-token");

        await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/sharing", new { id = boardId, enabled = false, token = "second-token" });
        await ErrorAsync(anonymous, HttpMethod.Get, $"/boards/{boardId}?read_token=second-token", null, HttpStatusCode.Unauthorized);
        await ErrorAsync(anonymous, HttpMethod.Get, $"/boards/{boardId}/blocks?all=true&read_token=second-token", null, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task AnotherBoardsToken_DoesNotOpenABoardThatIsNotShared()
    {
        var (sharedBoardId, _, _) = await SharedBoardAsync("shared-token");
        var notShared = await BoardIdAsync(CreateBoardAsync(Owner.Client, type: "P", title: "Not shared"));
        using var anonymous = Server.CreateClient();
        await CallAsync(anonymous, HttpMethod.Get, $"/boards/{sharedBoardId}?read_token=shared-token");

        await ErrorAsync(anonymous, HttpMethod.Get, $"/boards/{notShared}?read_token=shared-token", null, HttpStatusCode.Unauthorized);
        await ErrorAsync(anonymous, HttpMethod.Get, $"/boards/{notShared}/blocks?all=true&read_token=shared-token", null, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task AReadToken_OpensNothingButReading()
    {
        var (boardId, _, _) = await SharedBoardAsync("look-only");
        using var anonymous = Server.CreateClient();

        await ErrorAsync(anonymous, HttpMethod.Patch, $"/boards/{boardId}?read_token=look-only", new { title = "Taken over" }, HttpStatusCode.Unauthorized);
        await ErrorAsync(anonymous, HttpMethod.Post, $"/boards/{boardId}/cards?read_token=look-only", new { title = "Spam", contentOrder = Array.Empty<string>(), properties = new { } }, HttpStatusCode.Unauthorized);
        await ErrorAsync(anonymous, HttpMethod.Get, $"/boards/{boardId}/sharing?read_token=look-only", null, HttpStatusCode.Unauthorized);

        Assert.That((await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}")).GetProperty("title").GetString(), Is.EqualTo("Shared plan"));
    }

    [Test]
    public async Task ADeletedBoard_IsNotFound_ThroughItsStillValidToken()
    {
        var (boardId, _, fileId) = await SharedBoardAsync("deleted-board-token");
        using var anonymous = Server.CreateClient();
        await CallAsync(Owner.Client, HttpMethod.Delete, $"/boards/{boardId}");

        await ErrorAsync(anonymous, HttpMethod.Get, $"/boards/{boardId}?read_token=deleted-board-token", null, HttpStatusCode.NotFound);
        await ErrorAsync(anonymous, HttpMethod.Get, $"/boards/{boardId}/blocks?all=true&read_token=deleted-board-token", null, HttpStatusCode.NotFound);
        await ErrorAsync(anonymous, HttpMethod.Get, $"/files/teams/{TeamId}/{boardId}/{fileId}?read_token=deleted-board-token", null, HttpStatusCode.NotFound);

        await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/undelete");
        await CallAsync(anonymous, HttpMethod.Get, $"/boards/{boardId}?read_token=deleted-board-token");
    }

    // A private board with a card and a file, shared with the token.
    private async Task<(string BoardId, string CardTitle, string FileId)> SharedBoardAsync(string token)
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, type: "P", title: "Shared plan"));
        var cardTitle = "Visible to the link " + token;
        await CreateCardAsync(Owner.Client, boardId, cardTitle);
        using var upload = new HttpRequestMessage(HttpMethod.Post, $"{Root}/teams/{TeamId}/{boardId}/files");
        upload.Headers.Add("X-Requested-With", "XMLHttpRequest");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("shared notes"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        upload.Content = new MultipartFormDataContent { { file, "file", "notes.txt" } };
        using var uploaded = await Owner.Client.SendAsync(upload);
        var fileId = (await uploaded.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("fileId").GetString()!;
        await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/sharing", new { id = boardId, enabled = true, token });
        return (boardId, cardTitle, fileId);
    }
}
