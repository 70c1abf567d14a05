using System.Net;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

public sealed class PlaybookTests : PlaybooksFixture
{
    [Test]
    public async Task CreatePlaybook_ByATeamMember_StoresItWithServerIdsAndTheCreatorAsAdmin()
    {
        var id = await CreatePlaybookAsync(Owner.Client);

        var playbook = await GetAsync(Owner.Client, $"{Root}/playbooks/{id}");
        Assert.That(playbook.GetProperty("title").GetString(), Is.EqualTo("Database outage"));
        Assert.That(playbook.GetProperty("num_stages").GetInt32(), Is.EqualTo(2));
        Assert.That(playbook.GetProperty("num_steps").GetInt32(), Is.EqualTo(3));
        var member = playbook.GetProperty("members").EnumerateArray().Single();
        Assert.That(member.GetProperty("user_id").GetString(), Is.EqualTo(Owner.Id));
        Assert.That(member.GetProperty("roles").EnumerateArray().Select(r => r.GetString()), Is.EquivalentTo(new[] { "playbook_member", "playbook_admin" }));
        var checklist = playbook.GetProperty("checklists")[0];
        Assert.That(checklist.GetProperty("id").GetString(), Has.Length.EqualTo(26));
        Assert.That(checklist.GetProperty("items_order").EnumerateArray().Select(i => i.GetString()),
            Is.EqualTo(checklist.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString())));
    }

    [TestCase("title", "", "title")]
    [TestCase("run_number_prefix", "-bad-", "run_number_prefix")]
    [TestCase("channel_mode", "sideways", "channel_mode")]
    [TestCase("webhook_on_status_update_urls", "ftp://nowhere", "webhook_on_status_update_urls")]
    public async Task CreatePlaybook_WithAnInvalidField_Answers400InThePluginsShapeAndStoresNothing(string field, string value, string named)
    {
        using var before = await Owner.Client.GetAsync($"{Root}/playbooks?team_id={TeamId}&with_archived=true");
        var count = (await before.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("total_count").GetInt32();
        object bad = field == "webhook_on_status_update_urls" ? new[] { value } : value;

        using var response = await Owner.Client.PostAsync($"{Root}/playbooks", SuiteApi.Json(new Dictionary<string, object> { ["title"] = "x", ["team_id"] = TeamId, [field] = bad }));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain(named));
        var after = await GetAsync(Owner.Client, $"{Root}/playbooks?team_id={TeamId}&with_archived=true");
        Assert.That(after.GetProperty("total_count").GetInt32(), Is.EqualTo(count));
    }

    [Test]
    public async Task CreatePlaybook_Private_WithoutALicense_Answers403NamingTheEdition()
    {
        using var response = await Owner.Client.PostAsync($"{Root}/playbooks", SuiteApi.Json(new { title = "Secret", team_id = TeamId, @public = false }));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.Forbidden), Does.Contain("Private playbooks requires the Professional edition"));
    }

    [Test]
    public async Task CreatePlaybook_InATeamTheCallerIsNotIn_Answers403()
    {
        using var outsider = await OutsiderAsync();

        using var response = await outsider.Client.PostAsync($"{Root}/playbooks", SuiteApi.Json(new { title = "Intruder", team_id = TeamId }));

        await ReadPluginErrorAsync(response, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Playbooks_WithoutASession_Answer401()
    {
        using var anonymous = Api.Anonymous();

        using var response = await anonymous.GetAsync($"{Root}/playbooks?team_id={TeamId}");

        await ReadPluginErrorAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task GetPlaybook_ForAPublicOne_IsVisibleToTheTeamAndHiddenFromOutsiders()
    {
        var id = await CreatePlaybookAsync(Owner.Client);
        using var member = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();

        await GetAsync(member.Client, $"{Root}/playbooks/{id}");
        using var hidden = await outsider.Client.GetAsync($"{Root}/playbooks/{id}");
        await ReadPluginErrorAsync(hidden, HttpStatusCode.NotFound);
        var outsiderList = await GetAsync(outsider.Client, $"{Root}/playbooks");
        Assert.That(outsiderList.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()), Does.Not.Contain(id));
    }

    [Test]
    public async Task GetPlaybooks_PagesWithTotalsAndSortsByTitle()
    {
        using var author = await TeamMemberAsync();
        var prefix = SuiteApi.UniqueName("p");
        foreach (var title in new[] { "c", "a", "b" })
        {
            await CreatePlaybookAsync(author.Client, new() { ["title"] = $"{prefix} {title}" });
        }

        var first = await GetAsync(author.Client, $"{Root}/playbooks?team_id={TeamId}&search_term={prefix}&per_page=2&sort=title&direction=asc");
        var second = await GetAsync(author.Client, $"{Root}/playbooks?team_id={TeamId}&search_term={prefix}&per_page=2&page=1&sort=title&direction=asc");

        Assert.That(first.GetProperty("total_count").GetInt32(), Is.EqualTo(3));
        Assert.That(first.GetProperty("page_count").GetInt32(), Is.EqualTo(2));
        Assert.That(first.GetProperty("has_more").GetBoolean(), Is.True);
        Assert.That(second.GetProperty("has_more").GetBoolean(), Is.False);
        var titles = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(p => p.GetProperty("title").GetString());
        Assert.That(titles, Is.EqualTo(new[] { $"{prefix} a", $"{prefix} b", $"{prefix} c" }));
        var reversed = await GetAsync(author.Client, $"{Root}/playbooks?team_id={TeamId}&search_term={prefix}&sort=title&direction=desc");
        Assert.That(reversed.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("title").GetString()), Is.EqualTo(new[] { $"{prefix} c", $"{prefix} b", $"{prefix} a" }));
    }

    [Test]
    public async Task UpdatePlaybook_ByATeamMemberWhoIsNotAPlaybookMember_Answers403AndChangesNothing()
    {
        var id = await CreatePlaybookAsync(Owner.Client);
        using var member = await TeamMemberAsync();
        var playbook = await GetAsync(member.Client, $"{Root}/playbooks/{id}");

        using var response = await member.Client.PutAsync($"{Root}/playbooks/{id}", SuiteApi.Raw(playbook.ToString().Replace("Database outage", "Hijacked", StringComparison.Ordinal)));

        await ReadPluginErrorAsync(response, HttpStatusCode.Forbidden);
        Assert.That((await GetAsync(Owner.Client, $"{Root}/playbooks/{id}")).GetProperty("title").GetString(), Is.EqualTo("Database outage"));
    }

    [Test]
    public async Task UpdatePlaybook_ByItsAdmin_ReplacesTheSettingsAndKeepsTheServersFields()
    {
        var id = await CreatePlaybookAsync(Owner.Client);
        var playbook = await GetAsync(Owner.Client, $"{Root}/playbooks/{id}");
        var edited = playbook.ToString().Replace("Database outage", "Database outage v2", StringComparison.Ordinal).Replace("\"create_at\":", "\"ignored\":", StringComparison.Ordinal);

        using var response = await Owner.Client.PutAsync($"{Root}/playbooks/{id}", SuiteApi.Raw(edited));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var after = await GetAsync(Owner.Client, $"{Root}/playbooks/{id}");
        Assert.That(after.GetProperty("title").GetString(), Is.EqualTo("Database outage v2"));
        Assert.That(after.GetProperty("create_at").GetInt64(), Is.EqualTo(playbook.GetProperty("create_at").GetInt64()));
    }

    [Test]
    public async Task ArchiveAndRestore_HideThePlaybookFromTheDefaultListAndBringItBack()
    {
        var id = await CreatePlaybookAsync(Owner.Client);

        using var archived = await Owner.Client.DeleteAsync($"{Root}/playbooks/{id}");
        var listed = await GetAsync(Owner.Client, $"{Root}/playbooks?team_id={TeamId}");
        using var restored = await PutAsync(Owner.Client, $"{Root}/playbooks/{id}/restore", new { });
        var again = await GetAsync(Owner.Client, $"{Root}/playbooks?team_id={TeamId}");

        Assert.That(archived.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(listed.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()), Does.Not.Contain(id));
        Assert.That(restored.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(again.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()), Does.Contain(id));
    }

    [Test]
    public async Task DuplicatePlaybook_CopiesTheChecklistsWithNewIdsAndTheCallerAsAdmin()
    {
        var id = await CreatePlaybookAsync(Owner.Client);
        using var member = await TeamMemberAsync();

        using var response = await member.Client.PostAsync($"{Root}/playbooks/{id}/duplicate", null);

        var copyId = (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var original = await GetAsync(Owner.Client, $"{Root}/playbooks/{id}");
        var copy = await GetAsync(member.Client, $"{Root}/playbooks/{copyId}");
        Assert.That(copy.GetProperty("title").GetString(), Is.EqualTo("Copy of Database outage"));
        Assert.That(copy.GetProperty("checklists")[0].GetProperty("id").GetString(), Is.Not.EqualTo(original.GetProperty("checklists")[0].GetProperty("id").GetString()));
        Assert.That(copy.GetProperty("members").EnumerateArray().Single().GetProperty("user_id").GetString(), Is.EqualTo(member.Id));
    }

    [Test]
    public async Task UnknownPlaybooksRoute_Answers404InThePluginsShape()
    {
        using var response = await Owner.Client.GetAsync($"{Root}/no-such-thing");

        await ReadPluginErrorAsync(response, HttpStatusCode.NotFound);
    }
}
