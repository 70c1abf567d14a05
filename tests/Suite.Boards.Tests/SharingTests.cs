using System.Net;

namespace Suite.Boards.Tests;

public sealed class SharingTests : BoardsFixture
{
    protected override IReadOnlyDictionary<string, string?> ServerSettings =>
        new Dictionary<string, string?> { ["Suite:Boards:EnablePublicSharedBoards"] = "true" };

    [Test]
    public async Task AnAdmin_TurnsSharingOnWithAToken_AndReadsItBack()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        await ErrorAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}/sharing", null, HttpStatusCode.NotFound);

        var answer = await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/sharing", new { id = boardId, enabled = true, token = "public-link-token" });
        var sharing = await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}/sharing");
        await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/sharing", new { id = boardId, enabled = false });
        var off = await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}/sharing");

        Assert.That(answer.ToString(), Is.EqualTo("{}"));
        Assert.That(sharing.GetProperty("id").GetString(), Is.EqualTo(boardId));
        Assert.That(sharing.GetProperty("enabled").GetBoolean(), Is.True);
        Assert.That(sharing.GetProperty("token").GetString(), Is.EqualTo("public-link-token"));
        Assert.That(sharing.GetProperty("modifiedBy").GetString(), Is.EqualTo(Owner.Id));
        Assert.That(sharing.GetProperty("update_at").GetInt64(), Is.GreaterThan(0));
        Assert.That(off.GetProperty("enabled").GetBoolean(), Is.False);
        Assert.That(off.GetProperty("token").GetString(), Has.Length.EqualTo(26), "a new token when none is sent");
        await ErrorAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/sharing", new { enabled = true, token = "no spaces allowed" }, HttpStatusCode.BadRequest);
    }

    [TestCase("viewer")]
    [TestCase("commenter")]
    [TestCase("editor")]
    public async Task OnlyAdmins_MayReadOrChangeSharing(string role)
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client));
        await CallAsync(creator.Client, HttpMethod.Post, $"/boards/{boardId}/sharing", new { enabled = true, token = "kept" });
        using var user = await TeamMemberAsync();
        await AddMemberAsync(creator.Client, boardId, user.Id, role);

        Assert.That(await ErrorAsync(user.Client, HttpMethod.Get, $"/boards/{boardId}/sharing", null, HttpStatusCode.Forbidden), Is.EqualTo("access denied to sharing the board"));
        await ErrorAsync(user.Client, HttpMethod.Post, $"/boards/{boardId}/sharing", new { enabled = true, token = "mine" }, HttpStatusCode.Forbidden);

        Assert.That((await CallAsync(creator.Client, HttpMethod.Get, $"/boards/{boardId}/sharing")).GetProperty("token").GetString(), Is.EqualTo("kept"));
    }
}

public sealed class SharingDisabledTests : BoardsFixture
{
    [Test]
    public async Task WithPublicSharedBoardsOff_TurningSharingOnFailsAsInMattermost()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));

        var error = await ErrorAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/sharing", new { enabled = true, token = "t" }, HttpStatusCode.InternalServerError);

        Assert.That(error, Does.StartWith("turning on sharing for board failed"));
        await ErrorAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}/sharing", null, HttpStatusCode.NotFound);
    }
}
