using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Suite.Testing;

namespace Suite.Boards.Tests;

/// <summary>A team deleted for good (<c>DELETE /api/v4/teams/{id}?permanent=true</c>) takes its boards with it; other teams keep theirs.</summary>
public sealed class TeamDeletionTests : BoardsFixture
{
    protected override IReadOnlyDictionary<string, string?> ServerSettings =>
        new Dictionary<string, string?> { ["Suite:Boards:EnablePublicSharedBoards"] = "true" };

    private sealed record TeamData(string TeamId, string BoardId, string CardId, string FileId);

    /// <summary>In <paramref name="teamId"/>: a board with a card, a second member, a file, sharing on, a subscription and a custom category.</summary>
    private async Task<TeamData> FillAsync(string teamId, string memberId)
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, teamId: teamId));
        var cardId = (await CreateCardAsync(Owner.Client, boardId)).GetProperty("id").GetString()!;
        await AddMemberAsync(Owner.Client, boardId, memberId, "editor");
        await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/sharing", new { id = boardId, enabled = true, token = "link-" + teamId });
        await CallAsync(Owner.Client, HttpMethod.Post, "/subscriptions", new { blockType = "card", blockId = cardId, subscriberType = "user", subscriberId = Owner.Id });
        await CallAsync(Owner.Client, HttpMethod.Post, $"/teams/{teamId}/categories", new { name = "Work", userID = Owner.Id, teamID = teamId });
        using var upload = new HttpRequestMessage(HttpMethod.Post, $"{Root}/teams/{teamId}/{boardId}/files");
        upload.Headers.Add("X-Requested-With", "XMLHttpRequest");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("notes of " + teamId));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        upload.Content = new MultipartFormDataContent { { file, "file", "notes.txt" } };
        using var uploaded = await Owner.Client.SendAsync(upload);
        var fileId = (await uploaded.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("fileId").GetString()!;
        return new TeamData(teamId, boardId, cardId, fileId);
    }

    private string FilesOf(string teamId) => Path.Combine(Server.DataDirectory, "boards", "files", teamId);

    /// <summary>How many rows each of the module's tables holds for the team's data.</summary>
    private async Task<Dictionary<string, long>> StoredAsync(TeamData data)
    {
        var queries = new Dictionary<string, string>
        {
            ["boards"] = "SELECT count(*) FROM boards.mt_doc_board WHERE data ->> 'teamId' = @team",
            ["blocks"] = "SELECT count(*) FROM boards.mt_doc_block WHERE data ->> 'boardId' = @board",
            ["members"] = "SELECT count(*) FROM boards.mt_doc_boardmembership WHERE data ->> 'boardId' = @board",
            ["sharing"] = "SELECT count(*) FROM boards.mt_doc_boardsharing WHERE id = @board",
            ["subscriptions"] = "SELECT count(*) FROM boards.mt_doc_subscription WHERE data ->> 'blockId' = @card",
            ["categories"] = "SELECT count(*) FROM boards.mt_doc_usercategories WHERE data ->> 'teamId' = @team",
            ["files"] = "SELECT count(*) FROM boards.mt_doc_boardfile WHERE id = @file",
        };
        var counts = new Dictionary<string, long>();
        foreach (var (table, sql) in queries)
        {
            counts[table] = await Server.ScalarAsync<long>(sql, ("team", data.TeamId), ("board", data.BoardId), ("card", data.CardId), ("file", data.FileId));
        }

        return counts;
    }

    [Test]
    public async Task DeletingATeamPermanently_RemovesItsBoardsAndEverythingOnThem_AndLeavesAnotherTeamsAlone()
    {
        using var member = await TeamMemberAsync();
        var doomedTeamId = (await SuiteApi.CreateTeamAsync(Owner.Client)).GetProperty("id").GetString()!;
        await SuiteApi.AddToTeamAsync(Owner.Client, doomedTeamId, member.Id);
        var doomed = await FillAsync(doomedTeamId, member.Id);
        var kept = await FillAsync(TeamId, member.Id);
        Assert.That((await StoredAsync(doomed)).Where(c => c.Value == 0), Is.Empty, "the doomed team's data is all there before");
        Assert.That(Directory.Exists(FilesOf(doomedTeamId)), Is.True, "the doomed team's file bytes are there before");

        using (var deleted = await Admin.Client.DeleteAsync($"/api/v4/teams/{doomedTeamId}?permanent=true"))
        {
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await deleted.Content.ReadAsStringAsync());
        }

        Assert.That((await StoredAsync(doomed)).Where(c => c.Value != 0), Is.Empty);
        Assert.That((await StoredAsync(kept)).Where(c => c.Value == 0), Is.Empty);
        await ErrorAsync(Admin.Client, HttpMethod.Get, $"/boards/{doomed.BoardId}", null, HttpStatusCode.NotFound);
        var subscriptions = await CallAsync(Owner.Client, HttpMethod.Get, $"/subscriptions/{Owner.Id}");
        Assert.That(subscriptions.EnumerateArray().Select(s => s.GetProperty("blockId").GetString()), Is.EqualTo(new[] { kept.CardId }));
        Assert.That((await BlocksAsync(member.Client, kept.BoardId)).EnumerateArray().Select(b => b.GetProperty("id").GetString()), Does.Contain(kept.CardId));
        Assert.That((await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{kept.BoardId}/sharing")).GetProperty("enabled").GetBoolean(), Is.True);
        using var keptFile = await SendAsync(Owner.Client, HttpMethod.Get, $"/files/teams/{TeamId}/{kept.BoardId}/{kept.FileId}");
        Assert.That(await keptFile.Content.ReadAsStringAsync(), Is.EqualTo("notes of " + TeamId));
        Assert.That(Directory.Exists(FilesOf(doomedTeamId)), Is.False, "the doomed team's file bytes");
    }
}
