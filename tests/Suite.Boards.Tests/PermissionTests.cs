using System.Net;

namespace Suite.Boards.Tests;

/// <summary>The permission matrix of Focalboard's board roles, route by route.</summary>
public sealed class PermissionTests : BoardsFixture
{
    [TestCase("viewer", false, false)]
    [TestCase("commenter", true, false)]
    [TestCase("editor", true, true)]
    [TestCase("admin", true, true)]
    public async Task ARole_MayReadAlways_CommentAndEditCardsAsTheMatrixSays(string role, bool mayComment, bool mayEdit)
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client, type: "P"));
        var cardId = (await CreateCardAsync(creator.Client, boardId)).GetProperty("id").GetString()!;
        using var user = await TeamMemberAsync();
        await AddMemberAsync(creator.Client, boardId, user.Id, role);

        await BlocksAsync(user.Client, boardId);
        await CallAsync(user.Client, HttpMethod.Get, $"/cards/{cardId}");
        using var comment = await SendAsync(user.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { NewBlock(boardId, "comment", cardId, "Looks good") });
        using var patch = await SendAsync(user.Client, HttpMethod.Patch, $"/cards/{cardId}", new { title = "Renamed" });
        using var create = await SendAsync(user.Client, HttpMethod.Post, $"/boards/{boardId}/cards", new { title = "Another" });
        using var text = await SendAsync(user.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { NewBlock(boardId, "text", cardId, "Details") });

        Assert.That(comment.StatusCode, Is.EqualTo(mayComment ? HttpStatusCode.OK : HttpStatusCode.Forbidden));
        Assert.That(patch.StatusCode, Is.EqualTo(mayEdit ? HttpStatusCode.OK : HttpStatusCode.Forbidden));
        Assert.That(create.StatusCode, Is.EqualTo(mayEdit ? HttpStatusCode.OK : HttpStatusCode.Forbidden));
        Assert.That(text.StatusCode, Is.EqualTo(mayEdit ? HttpStatusCode.OK : HttpStatusCode.Forbidden));
        var card = await CallAsync(creator.Client, HttpMethod.Get, $"/cards/{cardId}");
        Assert.That(card.GetProperty("title").GetString(), Is.EqualTo(mayEdit ? "Renamed" : "Ship it"));
        var comments = await BlocksAsync(creator.Client, boardId, $"?parent_id={cardId}&type=comment");
        Assert.That(comments.GetArrayLength(), Is.EqualTo(mayComment ? 1 : 0));
    }

    [Test]
    public async Task AViewer_CannotPatchOrDeleteBlocks()
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client));
        var cardId = (await CreateCardAsync(creator.Client, boardId)).GetProperty("id").GetString()!;
        using var viewer = await TeamMemberAsync();
        await AddMemberAsync(creator.Client, boardId, viewer.Id, "viewer");

        await ErrorAsync(viewer.Client, HttpMethod.Patch, $"/boards/{boardId}/blocks/{cardId}", new { title = "Mine" }, HttpStatusCode.Forbidden);
        await ErrorAsync(viewer.Client, HttpMethod.Delete, $"/boards/{boardId}/blocks/{cardId}", null, HttpStatusCode.Forbidden);

        Assert.That((await CallAsync(creator.Client, HttpMethod.Get, $"/cards/{cardId}")).GetProperty("title").GetString(), Is.EqualTo("Ship it"));
    }

    [Test]
    public async Task OthersComments_AreChangedOnlyByAdmins()
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client));
        var cardId = (await CreateCardAsync(creator.Client, boardId)).GetProperty("id").GetString()!;
        using var editor = await TeamMemberAsync();
        await AddMemberAsync(creator.Client, boardId, editor.Id, "editor");
        var adminsComment = (await CallAsync(creator.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { NewBlock(boardId, "comment", cardId, "From the admin") }))[0].GetProperty("id").GetString();
        var editorsComment = (await CallAsync(editor.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { NewBlock(boardId, "comment", cardId, "From the editor") }))[0].GetProperty("id").GetString();

        Assert.That(await ErrorAsync(editor.Client, HttpMethod.Patch, $"/boards/{boardId}/blocks/{adminsComment}", new { title = "Edited" }, HttpStatusCode.Forbidden), Is.EqualTo("access denied to modify others' comments"));
        Assert.That(await ErrorAsync(editor.Client, HttpMethod.Delete, $"/boards/{boardId}/blocks/{adminsComment}", null, HttpStatusCode.Forbidden), Is.EqualTo("access denied to delete other users' comments"));
        await CallAsync(editor.Client, HttpMethod.Patch, $"/boards/{boardId}/blocks/{editorsComment}", new { title = "Edited by me" });
        await CallAsync(creator.Client, HttpMethod.Delete, $"/boards/{boardId}/blocks/{editorsComment}");

        var left = await BlocksAsync(creator.Client, boardId, $"?parent_id={cardId}&type=comment");
        Assert.That(Ids(left), Is.EqualTo(new[] { adminsComment }));
    }

    [Test]
    public async Task ATeamMemberWhoHasNotJoinedAnOpenBoard_SeesTheBoardButNotItsBlocks()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        using var member = await TeamMemberAsync();

        await CallAsync(member.Client, HttpMethod.Get, $"/boards/{boardId}");
        await ErrorAsync(member.Client, HttpMethod.Get, $"/boards/{boardId}/blocks", null, HttpStatusCode.Forbidden);
        await ErrorAsync(member.Client, HttpMethod.Post, $"/boards/{boardId}/cards", new { title = "Drive-by" }, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task AMemberWhoLeftTheTeam_LosesTheBoard()
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client, type: "P"));
        using var member = await TeamMemberAsync();
        await AddMemberAsync(creator.Client, boardId, member.Id, "editor");

        using var removed = await Owner.Client.DeleteAsync($"/api/v4/teams/{TeamId}/members/{member.Id}");
        Assert.That(removed.IsSuccessStatusCode, Is.True);

        await ErrorAsync(member.Client, HttpMethod.Get, $"/boards/{boardId}", null, HttpStatusCode.Forbidden);
        await ErrorAsync(member.Client, HttpMethod.Get, $"/boards/{boardId}/blocks", null, HttpStatusCode.Forbidden);
        await ErrorAsync(member.Client, HttpMethod.Post, $"/boards/{boardId}/cards", new { title = "Still here?" }, HttpStatusCode.Forbidden);
    }
}
