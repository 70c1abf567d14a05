using System.Net;
using Suite.Testing;

namespace Suite.Boards.Tests;

/// <summary>Focalboard's <c>/users</c> routes as the Boards plugin answers them (<c>server/api/users.go</c>).</summary>
public sealed class UserRoutesTests : BoardsFixture
{
    [Test]
    public async Task Me_IsTheCallerWithoutEmail_WithManageTeamForATeamTheyAdminister()
    {
        using var member = await TeamMemberAsync();

        var owner = await CallAsync(Owner.Client, HttpMethod.Get, $"/users/me?teamID={TeamId}");
        var plain = await CallAsync(member.Client, HttpMethod.Get, $"/users/me?teamID={TeamId}");
        var admin = await CallAsync(Admin.Client, HttpMethod.Get, "/users/me");

        Assert.That(owner.GetProperty("id").GetString(), Is.EqualTo(Owner.Id));
        Assert.That(owner.GetProperty("username").GetString(), Is.EqualTo(Owner.User.Username));
        Assert.That(owner.TryGetProperty("email", out _), Is.False);
        Assert.That(owner.GetProperty("is_guest").GetBoolean(), Is.False);
        Assert.That(owner.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[] { "manage_team" }));
        Assert.That(plain.TryGetProperty("permissions", out _), Is.False);
        Assert.That(admin.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()), Does.Contain("manage_system"));
    }

    [Test]
    public async Task SomeoneNotSignedIn_GetsNoUserRoute()
    {
        using var anonymous = Server.CreateClient();

        await ErrorAsync(anonymous, HttpMethod.Get, "/users/me", null, HttpStatusCode.Unauthorized);
        await ErrorAsync(anonymous, HttpMethod.Get, "/users/me/memberships", null, HttpStatusCode.Unauthorized);
        await ErrorAsync(anonymous, HttpMethod.Get, "/users/me/config", null, HttpStatusCode.Unauthorized);
        await ErrorAsync(anonymous, HttpMethod.Get, $"/users/{Owner.Id}", null, HttpStatusCode.Unauthorized);
        await ErrorAsync(anonymous, HttpMethod.Post, "/users", new[] { Owner.Id }, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task AUser_IsShownToThoseWhoShareATeam_AndToSystemAdmins_Only()
    {
        using var teammate = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();

        var seen = await CallAsync(teammate.Client, HttpMethod.Get, $"/users/{Owner.Id}");
        await ErrorAsync(teammate.Client, HttpMethod.Get, $"/users/{outsider.Id}", null, HttpStatusCode.NotFound);
        await ErrorAsync(outsider.Client, HttpMethod.Get, $"/users/{Owner.Id}", null, HttpStatusCode.NotFound);
        var byAdmin = await CallAsync(Admin.Client, HttpMethod.Get, $"/users/{outsider.Id}");
        var list = await CallAsync(teammate.Client, HttpMethod.Post, "/users", new[] { Owner.Id, outsider.Id, teammate.Id });

        Assert.That(seen.GetProperty("username").GetString(), Is.EqualTo(Owner.User.Username));
        Assert.That(byAdmin.GetProperty("id").GetString(), Is.EqualTo(outsider.Id));
        Assert.That(Ids(list), Is.EquivalentTo(new[] { Owner.Id, teammate.Id }));
    }

    [Test]
    public async Task TheUsersList_RefusesAnEmptyOrBadListOfIds()
    {
        Assert.That(await ErrorAsync(Owner.Client, HttpMethod.Post, "/users", Array.Empty<string>(), HttpStatusCode.BadRequest), Is.EqualTo("User IDs are empty"));
        await ErrorAsync(Owner.Client, HttpMethod.Post, "/users", new[] { "not an id" }, HttpStatusCode.BadRequest);
        await ErrorAsync(Owner.Client, HttpMethod.Post, "/users", new { ids = new[] { Owner.Id } }, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task MyMemberships_AreMyExplicitMembershipsOfLiveBoards()
    {
        using var member = await TeamMemberAsync();
        var kept = await BoardIdAsync(CreateBoardAsync(Owner.Client, type: "P", title: "Kept"));
        var deleted = await BoardIdAsync(CreateBoardAsync(Owner.Client, type: "P", title: "Gone"));
        await AddMemberAsync(Owner.Client, kept, member.Id, "commenter");
        await CallAsync(Owner.Client, HttpMethod.Delete, $"/boards/{deleted}");

        var mine = await CallAsync(member.Client, HttpMethod.Get, "/users/me/memberships");
        var owners = await CallAsync(Owner.Client, HttpMethod.Get, "/users/me/memberships");

        var only = mine.EnumerateArray().Single();
        Assert.That(only.GetProperty("boardId").GetString(), Is.EqualTo(kept));
        Assert.That(only.GetProperty("schemeCommenter").GetBoolean(), Is.True);
        Assert.That(only.GetProperty("schemeAdmin").GetBoolean(), Is.False);
        var boardIds = owners.EnumerateArray().Select(m => m.GetProperty("boardId").GetString()).ToList();
        Assert.That(boardIds, Does.Contain(kept));
        Assert.That(boardIds, Does.Not.Contain(deleted));
    }

    [Test]
    public async Task MyConfig_IsSetAndRemovedByMe_AsFocalboardPreferences_AndNotByAnyoneElse()
    {
        using var me = await TeamMemberAsync();
        using var other = await TeamMemberAsync();

        await CallAsync(me.Client, HttpMethod.Put, $"/users/{me.Id}/config", new { updatedFields = new Dictionary<string, string> { ["welcomePageViewed"] = "1", ["hiddenBoardIDs"] = "[]" } });
        var afterDelete = await CallAsync(me.Client, HttpMethod.Put, $"/users/{me.Id}/config", new { deletedFields = new[] { "hiddenBoardIDs" } });
        var read = await CallAsync(me.Client, HttpMethod.Get, "/users/me/config");
        await ErrorAsync(other.Client, HttpMethod.Put, $"/users/{me.Id}/config", new { updatedFields = new Dictionary<string, string> { ["welcomePageViewed"] = "0" } }, HttpStatusCode.Forbidden);
        await ErrorAsync(me.Client, HttpMethod.Put, $"/users/{me.Id}/config", new { updatedFields = new Dictionary<string, string> { [""] = "x" } }, HttpStatusCode.BadRequest);
        await ErrorAsync(me.Client, HttpMethod.Put, $"/users/{me.Id}/config", "[1,2]", HttpStatusCode.BadRequest);

        Assert.That(afterDelete.ToString(), Is.EqualTo(read.ToString()));
        var only = read.EnumerateArray().Single();
        Assert.That(only.GetProperty("user_id").GetString(), Is.EqualTo(me.Id));
        Assert.That(only.GetProperty("category").GetString(), Is.EqualTo("focalboard"));
        Assert.That(only.GetProperty("name").GetString(), Is.EqualTo("welcomePageViewed"));
        Assert.That(only.GetProperty("value").GetString(), Is.EqualTo("1"));
        Assert.That((await CallAsync(other.Client, HttpMethod.Get, "/users/me/config")).GetArrayLength(), Is.Zero);
    }
}
