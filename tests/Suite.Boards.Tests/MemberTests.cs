using System.Net;

namespace Suite.Boards.Tests;

public sealed class MemberTests : BoardsFixture
{
    [TestCase("", true, false)]
    [TestCase("viewer", false, true)]
    [TestCase("commenter", false, false)]
    public async Task JoinOpenBoard_GivesTheBoardsMinimumRole_OrEditorWhenItHasNone(string minimumRole, bool editor, bool viewer)
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, minimumRole: minimumRole));
        using var member = await TeamMemberAsync();

        var joined = await CallAsync(member.Client, HttpMethod.Post, $"/boards/{boardId}/join");

        Assert.That(joined.GetProperty("userId").GetString(), Is.EqualTo(member.Id));
        Assert.That(joined.GetProperty("schemeEditor").GetBoolean(), Is.EqualTo(editor));
        Assert.That(joined.GetProperty("schemeViewer").GetBoolean(), Is.EqualTo(viewer));
        Assert.That(joined.GetProperty("minimumRole").GetString(), Is.EqualTo(minimumRole));
        await BlocksAsync(member.Client, boardId);
    }

    [Test]
    public async Task AddMember_ByAnAdmin_GivesTheChosenRole_AndByAnEditorTheMinimumRole()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, minimumRole: "commenter"));
        using var editor = await TeamMemberAsync();
        using var invitedByEditor = await TeamMemberAsync();
        using var viewer = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();

        var asEditor = await AddMemberAsync(Owner.Client, boardId, editor.Id, "editor");
        await AddMemberAsync(Owner.Client, boardId, viewer.Id, "viewer");
        var byEditor = await CallAsync(editor.Client, HttpMethod.Post, $"/boards/{boardId}/members", new { userId = invitedByEditor.Id, schemeAdmin = true });

        Assert.That(asEditor.GetProperty("schemeEditor").GetBoolean(), Is.True);
        Assert.That(byEditor.GetProperty("schemeAdmin").GetBoolean(), Is.False, "an editor cannot hand out admin");
        Assert.That(byEditor.GetProperty("schemeCommenter").GetBoolean(), Is.True);
        Assert.That(await ErrorAsync(viewer.Client, HttpMethod.Post, $"/boards/{boardId}/members", new { userId = outsider.Id }, HttpStatusCode.Forbidden), Is.EqualTo("access denied to modify board members"));
        Assert.That(await ErrorAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/members", new { userId = outsider.Id, schemeEditor = true }, HttpStatusCode.Forbidden), Is.EqualTo("access denied to team"));
        var members = await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}/members");
        Assert.That(members.EnumerateArray().Select(m => m.GetProperty("userId").GetString()), Is.EquivalentTo(new[] { Owner.Id, editor.Id, invitedByEditor.Id, viewer.Id }));
    }

    [Test]
    public async Task UpdateMember_IsForAdmins_AndNeverLeavesTheBoardWithoutAnAdmin()
    {
        // Not the team's admin, whom Focalboard lets do everything on boards they belong to.
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client));
        using var other = await TeamMemberAsync();
        await AddMemberAsync(creator.Client, boardId, other.Id, "viewer");

        await ErrorAsync(other.Client, HttpMethod.Put, $"/boards/{boardId}/members/{other.Id}", new { schemeAdmin = true }, HttpStatusCode.Forbidden);
        Assert.That(await ErrorAsync(creator.Client, HttpMethod.Put, $"/boards/{boardId}/members/{creator.Id}", new { schemeEditor = true }, HttpStatusCode.BadRequest), Is.EqualTo("cannot leave a board with no admins"));
        Assert.That(await ErrorAsync(creator.Client, HttpMethod.Post, $"/boards/{boardId}/leave", null, HttpStatusCode.BadRequest), Is.EqualTo("cannot leave a board with no admins"));
        await CallAsync(creator.Client, HttpMethod.Put, $"/boards/{boardId}/members/{other.Id}", new { schemeAdmin = true, schemeEditor = true });
        var demoted = await CallAsync(creator.Client, HttpMethod.Put, $"/boards/{boardId}/members/{creator.Id}", new { schemeViewer = true });

        Assert.That(demoted.GetProperty("schemeAdmin").GetBoolean(), Is.False);
        await ErrorAsync(creator.Client, HttpMethod.Patch, $"/boards/{boardId}", new { title = "Now a viewer" }, HttpStatusCode.Forbidden);
        await CallAsync(other.Client, HttpMethod.Patch, $"/boards/{boardId}", new { title = "Mine now" });
    }

    [Test]
    public async Task LeaveAndRemove_TakeAwayAccessToAPrivateBoard()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, type: "P"));
        using var leaving = await TeamMemberAsync();
        using var removed = await TeamMemberAsync();
        await AddMemberAsync(Owner.Client, boardId, leaving.Id, "editor");
        await AddMemberAsync(Owner.Client, boardId, removed.Id, "editor");

        await ErrorAsync(leaving.Client, HttpMethod.Delete, $"/boards/{boardId}/members/{removed.Id}", null, HttpStatusCode.Forbidden);
        await CallAsync(leaving.Client, HttpMethod.Post, $"/boards/{boardId}/leave");
        await CallAsync(Owner.Client, HttpMethod.Delete, $"/boards/{boardId}/members/{removed.Id}");

        await ErrorAsync(leaving.Client, HttpMethod.Get, $"/boards/{boardId}", null, HttpStatusCode.Forbidden);
        await ErrorAsync(removed.Client, HttpMethod.Get, $"/boards/{boardId}/blocks", null, HttpStatusCode.Forbidden);
        Assert.That((await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}/members")).GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task MinimumRole_RaisesEveryMember()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        using var viewer = await TeamMemberAsync();
        await AddMemberAsync(Owner.Client, boardId, viewer.Id, "viewer");
        await ErrorAsync(viewer.Client, HttpMethod.Post, $"/boards/{boardId}/cards", new { title = "Not yet" }, HttpStatusCode.Forbidden);

        await CallAsync(Owner.Client, HttpMethod.Patch, $"/boards/{boardId}", new { minimumRole = "editor" });

        await CreateCardAsync(viewer.Client, boardId, "Now I can");
    }

    [Test]
    public async Task TeamAdmin_WhoIsAMember_MayDoWhatAnAdminMay()
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client));
        await AddMemberAsync(creator.Client, boardId, Owner.Id, "viewer");

        await CallAsync(Owner.Client, HttpMethod.Patch, $"/boards/{boardId}", new { type = "P" });

        Assert.That((await CallAsync(creator.Client, HttpMethod.Get, $"/boards/{boardId}")).GetProperty("type").GetString(), Is.EqualTo("P"));
    }
}
