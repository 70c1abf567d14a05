using System.Net;
using System.Text.Json;
using Suite.Licensing.Signing;
using Suite.Playbooks.Tests.Editions;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>Playbook members and their roles, and what they allow; licensed, so playbooks may be private or admin-only.</summary>
public sealed class PlaybookMembersTests : LicensedPlaybooksFixture
{
    private IAsyncDisposable _license = null!;

    [SetUp]
    public async Task InstallProfessional() => _license = await LicensedAsync(Skus.Professional);

    [TearDown]
    public async Task RemoveLicense() => await _license.DisposeAsync();

    [Test]
    public async Task AddMember_ByTheAdmin_MakesAPlaybookMemberWhoMayEdit()
    {
        var id = await CreatePlaybookAsync(Owner.Client);
        using var member = await TeamMemberAsync();

        using var added = await PutAsync(Owner.Client, $"{Root}/playbooks/{id}/members/{member.Id}", new { });
        using var patched = await PatchAsync(member.Client, id, new { title = "Edited by a member" });

        var playbook = await added.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(RolesOf(playbook, member.Id), Is.EqualTo(new[] { "playbook_member" }));
        Assert.That(patched.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await GetAsync(Owner.Client, $"{Root}/playbooks/{id}")).GetProperty("title").GetString(), Is.EqualTo("Edited by a member"));
    }

    [Test]
    public async Task AdminOnlyEdit_RefusesAMemberWhoIsNotAdmin_AndAllowsOnceMadeAdmin()
    {
        var id = await CreatePlaybookAsync(Owner.Client, new() { ["admin_only_edit"] = true });
        using var member = await TeamMemberAsync();
        await PutAsync(Owner.Client, $"{Root}/playbooks/{id}/members/{member.Id}", new { roles = new[] { "playbook_member" } });
        var playbook = await GetAsync(member.Client, $"{Root}/playbooks/{id}");

        using var patched = await PatchAsync(member.Client, id, new { title = "Not allowed" });
        using var replaced = await member.Client.PutAsync($"{Root}/playbooks/{id}", SuiteApi.Raw(playbook.ToString().Replace("Database outage", "Not allowed", StringComparison.Ordinal)));
        using var archived = await member.Client.DeleteAsync($"{Root}/playbooks/{id}");
        await PutAsync(Owner.Client, $"{Root}/playbooks/{id}/members/{member.Id}", new { roles = new[] { "playbook_member", "playbook_admin" } });
        using var asAdmin = await PatchAsync(member.Client, id, new { title = "Edited by a new admin" });

        await ReadPluginErrorAsync(patched, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(replaced, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(archived, HttpStatusCode.Forbidden);
        Assert.That(asAdmin.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var after = await GetAsync(Owner.Client, $"{Root}/playbooks/{id}");
        Assert.That(after.GetProperty("title").GetString(), Is.EqualTo("Edited by a new admin"));
        Assert.That(after.GetProperty("delete_at").GetInt64(), Is.Zero);
    }

    [Test]
    public async Task ManagingMembers_ByAMemberWhoIsNotAdmin_Answers403AndChangesNothing()
    {
        var id = await CreatePlaybookAsync(Owner.Client);
        using var member = await TeamMemberAsync();
        using var other = await TeamMemberAsync();
        await PutAsync(Owner.Client, $"{Root}/playbooks/{id}/members/{member.Id}", new { });

        using var added = await PutAsync(member.Client, $"{Root}/playbooks/{id}/members/{other.Id}", new { });
        using var promoted = await PutAsync(member.Client, $"{Root}/playbooks/{id}/members/{member.Id}", new { roles = new[] { "playbook_admin" } });
        using var removed = await member.Client.DeleteAsync($"{Root}/playbooks/{id}/members/{Owner.Id}");

        await ReadPluginErrorAsync(added, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(promoted, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(removed, HttpStatusCode.Forbidden);
        var after = await GetAsync(Owner.Client, $"{Root}/playbooks/{id}");
        Assert.That(MemberIds(after), Is.EquivalentTo(new[] { Owner.Id, member.Id }));
        Assert.That(RolesOf(after, member.Id), Is.EqualTo(new[] { "playbook_member" }));
    }

    [Test]
    public async Task Joining_APublicPlaybook_IsOpenToTheTeam_AndAPrivateOneStaysHidden()
    {
        var open = await CreatePlaybookAsync(Owner.Client);
        var closed = await CreatePlaybookAsync(Owner.Client, new() { ["public"] = false });
        using var member = await TeamMemberAsync();

        using var joined = await PutAsync(member.Client, $"{Root}/playbooks/{open}/members/{member.Id}", new { });
        using var intruded = await PutAsync(member.Client, $"{Root}/playbooks/{closed}/members/{member.Id}", new { });

        Assert.That(RolesOf(await joined.ReadJsonAsync(HttpStatusCode.OK), member.Id), Is.EqualTo(new[] { "playbook_member" }));
        await ReadPluginErrorAsync(intruded, HttpStatusCode.NotFound);
        Assert.That(MemberIds(await GetAsync(Owner.Client, $"{Root}/playbooks/{closed}")), Is.EqualTo(new[] { Owner.Id }));
    }

    [Test]
    public async Task AddedToAPrivatePlaybook_AMemberSeesItAndLosesItWhenRemoved()
    {
        var id = await CreatePlaybookAsync(Owner.Client, new() { ["public"] = false });
        using var member = await TeamMemberAsync();
        using var before = await member.Client.GetAsync($"{Root}/playbooks/{id}");

        await PutAsync(Owner.Client, $"{Root}/playbooks/{id}/members/{member.Id}", new { });
        await GetAsync(member.Client, $"{Root}/playbooks/{id}");
        using var removed = await member.Client.DeleteAsync($"{Root}/playbooks/{id}/members/{member.Id}");
        using var after = await member.Client.GetAsync($"{Root}/playbooks/{id}");

        await ReadPluginErrorAsync(before, HttpStatusCode.NotFound);
        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.OK), "anyone may leave");
        await ReadPluginErrorAsync(after, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task TheLastAdmin_CannotLeaveOrStepDown()
    {
        var id = await CreatePlaybookAsync(Owner.Client);

        using var left = await Owner.Client.DeleteAsync($"{Root}/playbooks/{id}/members/{Owner.Id}");
        using var steppedDown = await PutAsync(Owner.Client, $"{Root}/playbooks/{id}/members/{Owner.Id}", new { roles = new[] { "playbook_member" } });

        Assert.That(await ReadPluginErrorAsync(left, HttpStatusCode.BadRequest), Does.Contain("at least one admin"));
        Assert.That(await ReadPluginErrorAsync(steppedDown, HttpStatusCode.BadRequest), Does.Contain("at least one admin"));
        Assert.That(RolesOf(await GetAsync(Owner.Client, $"{Root}/playbooks/{id}"), Owner.Id), Is.EquivalentTo(new[] { "playbook_member", "playbook_admin" }));
    }

    [TestCase("OUTSIDER", "{}", "user_id")]
    [TestCase("not-an-id", "{}", "user_id")]
    [TestCase("MEMBER", "{\"roles\":[\"owner\"]}", "roles")]
    [TestCase("MEMBER", "{\"roles\":", "body")]
    public async Task AddMember_WithBadInput_Answers400AndChangesNothing(string user, string body, string named)
    {
        var id = await CreatePlaybookAsync(Owner.Client);
        using var outsider = await OutsiderAsync();
        using var member = await TeamMemberAsync();
        var userId = user.Replace("OUTSIDER", outsider.Id, StringComparison.Ordinal).Replace("MEMBER", member.Id, StringComparison.Ordinal);

        using var response = await Owner.Client.PutAsync($"{Root}/playbooks/{id}/members/{userId}", SuiteApi.Raw(body));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain(named));
        Assert.That(MemberIds(await GetAsync(Owner.Client, $"{Root}/playbooks/{id}")), Is.EqualTo(new[] { Owner.Id }));
    }

    [Test]
    public async Task MembersList_NamingSomeoneOutsideTheTeam_IsRefusedOnCreateReplaceAndPatch()
    {
        using var outsider = await OutsiderAsync();
        var id = await CreatePlaybookAsync(Owner.Client);
        var playbook = await GetAsync(Owner.Client, $"{Root}/playbooks/{id}");
        var members = $"[{{\"user_id\":\"{Owner.Id}\",\"roles\":[\"playbook_member\",\"playbook_admin\"]}},{{\"user_id\":\"{outsider.Id}\",\"roles\":[\"playbook_member\"]}}]";

        using var created = await Owner.Client.PostAsync($"{Root}/playbooks", SuiteApi.Raw($"{{\"title\":\"x\",\"team_id\":\"{TeamId}\",\"members\":{members}}}"));
        using var replaced = await Owner.Client.PutAsync($"{Root}/playbooks/{id}", SuiteApi.Raw(playbook.ToString().Replace(playbook.GetProperty("members").ToString(), members, StringComparison.Ordinal)));
        using var patched = await Owner.Client.PatchAsync($"{Root}/playbooks/{id}", SuiteApi.Raw($"{{\"members\":{members}}}"));

        foreach (var response in new[] { created, replaced, patched })
        {
            Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain(outsider.Id));
        }

        Assert.That(MemberIds(await GetAsync(Owner.Client, $"{Root}/playbooks/{id}")), Is.EqualTo(new[] { Owner.Id }));
    }

    [Test]
    public async Task RemoveMember_WhoIsNotAMember_Answers404()
    {
        var id = await CreatePlaybookAsync(Owner.Client);
        using var member = await TeamMemberAsync();

        using var response = await Owner.Client.DeleteAsync($"{Root}/playbooks/{id}/members/{member.Id}");

        await ReadPluginErrorAsync(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Members_OfAnArchivedPlaybook_CannotChange()
    {
        var id = await CreatePlaybookAsync(Owner.Client);
        using var member = await TeamMemberAsync();
        await Owner.Client.DeleteAsync($"{Root}/playbooks/{id}");

        using var response = await PutAsync(Owner.Client, $"{Root}/playbooks/{id}/members/{member.Id}", new { });

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain("archived"));
    }

    private static async Task<HttpResponseMessage> PatchAsync(HttpClient client, string playbookId, object body) =>
        await client.PatchAsync($"{Root}/playbooks/{playbookId}", SuiteApi.Json(body));

    private static IEnumerable<string> MemberIds(JsonElement playbook) =>
        playbook.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("user_id").GetString()!);

    private static IEnumerable<string> RolesOf(JsonElement playbook, string userId) =>
        playbook.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("user_id").GetString() == userId)
            .GetProperty("roles").EnumerateArray().Select(r => r.GetString()!);
}
