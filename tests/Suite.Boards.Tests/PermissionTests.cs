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

    // The admin-only rows of the matrix and manage_board_properties, role by role (sharing: SharingTests).
    [TestCase("viewer", false, false)]
    [TestCase("commenter", false, false)]
    [TestCase("editor", true, false)]
    [TestCase("admin", true, true)]
    public async Task ARole_ManagesTheBoardAsTheMatrixSays(string role, bool mayChangeProperties, bool mayAdminister)
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client));
        var cardId = (await CreateCardAsync(creator.Client, boardId)).GetProperty("id").GetString()!;
        var creatorsComment = (await CallAsync(creator.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { NewBlock(boardId, "comment", cardId, "Mine") }))[0].GetProperty("id").GetString();
        using var user = await TeamMemberAsync();
        using var third = await TeamMemberAsync();
        await AddMemberAsync(creator.Client, boardId, user.Id, role);
        await AddMemberAsync(creator.Client, boardId, third.Id, "viewer");
        var denied = mayAdminister ? HttpStatusCode.OK : HttpStatusCode.Forbidden;

        using var properties = await SendAsync(user.Client, HttpMethod.Patch, $"/boards/{boardId}", new { updatedCardProperties = new[] { new { id = "risk", name = "Risk", type = "text", options = Array.Empty<object>() } } });
        using var type = await SendAsync(user.Client, HttpMethod.Patch, $"/boards/{boardId}", new { type = "P" });
        using var roles = await SendAsync(user.Client, HttpMethod.Put, $"/boards/{boardId}/members/{third.Id}", new { schemeEditor = true });
        using var othersComment = await SendAsync(user.Client, HttpMethod.Delete, $"/boards/{boardId}/blocks/{creatorsComment}");

        Assert.That(properties.StatusCode, Is.EqualTo(mayChangeProperties ? HttpStatusCode.OK : HttpStatusCode.Forbidden));
        Assert.That(type.StatusCode, Is.EqualTo(denied));
        Assert.That(roles.StatusCode, Is.EqualTo(denied));
        Assert.That(othersComment.StatusCode, Is.EqualTo(denied));
        var board = await CallAsync(creator.Client, HttpMethod.Get, $"/boards/{boardId}");
        Assert.That(board.GetProperty("cardProperties").EnumerateArray().Any(p => p.GetProperty("id").GetString() == "risk"), Is.EqualTo(mayChangeProperties));
        Assert.That(board.GetProperty("type").GetString(), Is.EqualTo(mayAdminister ? "P" : "O"));
        var thirdMember = (await CallAsync(creator.Client, HttpMethod.Get, $"/boards/{boardId}/members")).EnumerateArray().Single(m => m.GetProperty("userId").GetString() == third.Id);
        Assert.That(thirdMember.GetProperty("schemeEditor").GetBoolean(), Is.EqualTo(mayAdminister));
        Assert.That((await BlocksAsync(creator.Client, boardId, $"?parent_id={cardId}&type=comment")).GetArrayLength(), Is.EqualTo(mayAdminister ? 0 : 1));

        using var delete = await SendAsync(user.Client, HttpMethod.Delete, $"/boards/{boardId}");
        Assert.That(delete.StatusCode, Is.EqualTo(denied));
        using var afterDelete = await SendAsync(creator.Client, HttpMethod.Get, $"/boards/{boardId}");
        Assert.That(afterDelete.StatusCode, Is.EqualTo(mayAdminister ? HttpStatusCode.NotFound : HttpStatusCode.OK));
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
