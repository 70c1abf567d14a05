using System.Net;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary><c>PATCH /playbooks/{id}</c>: a partial update with the rules, gates and permissions of <c>PUT</c>.</summary>
public sealed class PlaybookPatchTests : PlaybooksFixture
{
    [Test]
    public async Task Patch_ChangesTheNamedFieldsAndKeepsTheOthers()
    {
        var id = await CreatePlaybookAsync(Owner.Client, new() { ["description"] = "Primary down", ["retrospective_template"] = "What happened?" });
        var before = await GetAsync(Owner.Client, $"{Root}/playbooks/{id}");

        using var response = await PatchAsync(Owner.Client, id, "{\"run_number_prefix\":\"DB\",\"reminder_timer_default_seconds\":600}");

        var answered = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(answered.GetProperty("run_number_prefix").GetString(), Is.EqualTo("DB"));
        var after = await GetAsync(Owner.Client, $"{Root}/playbooks/{id}");
        Assert.That(after.GetProperty("run_number_prefix").GetString(), Is.EqualTo("DB"));
        Assert.That(after.GetProperty("reminder_timer_default_seconds").GetInt64(), Is.EqualTo(600));
        Assert.That(after.GetProperty("description").GetString(), Is.EqualTo("Primary down"));
        Assert.That(after.GetProperty("retrospective_template").GetString(), Is.EqualTo("What happened?"));
        Assert.That(ItemIds(after), Is.EqualTo(ItemIds(before)), "checklists and items keep their ids");
        Assert.That(after.GetProperty("members").ToString(), Is.EqualTo(before.GetProperty("members").ToString()));
    }

    [Test]
    public async Task Patch_OfTheChecklists_ReplacesThemAsAWhole()
    {
        var id = await CreatePlaybookAsync(Owner.Client);

        using var response = await PatchAsync(Owner.Client, id, "{\"checklists\":[{\"title\":\"Only\",\"items\":[{\"title\":\"One step\",\"due_date\":3600000}]}]}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var after = await GetAsync(Owner.Client, $"{Root}/playbooks/{id}");
        Assert.That(after.GetProperty("num_stages").GetInt32(), Is.EqualTo(1));
        Assert.That(after.GetProperty("checklists")[0].GetProperty("items")[0].GetProperty("id").GetString(), Has.Length.EqualTo(26));
    }

    [TestCase("{\"title\":\"\"}", "title")]
    [TestCase("{\"title\":null}", "title")]
    [TestCase("{\"run_number_prefix\":\"-x-\"}", "run_number_prefix")]
    [TestCase("{\"reminder_timer_default_seconds\":\"soon\"}", "reminder_timer_default_seconds")]
    [TestCase("{\"no_such_setting\":true}", "no_such_setting")]
    [TestCase("{\"team_id\":\"aaaaaaaaaaaaaaaaaaaaaaaaaa\"}", "team_id")]
    [TestCase("[1,2]", "body")]
    [TestCase("{\"title\":", "body")]
    public async Task Patch_WithBadInput_Answers400AndChangesNothing(string body, string named)
    {
        var id = await CreatePlaybookAsync(Owner.Client);
        var before = await GetAsync(Owner.Client, $"{Root}/playbooks/{id}");

        using var response = await PatchAsync(Owner.Client, id, body);

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain(named));
        Assert.That((await GetAsync(Owner.Client, $"{Root}/playbooks/{id}")).ToString(), Is.EqualTo(before.ToString()));
    }

    [Test]
    public async Task Patch_ToPrivate_WithoutALicense_Answers403AsPutDoes()
    {
        var id = await CreatePlaybookAsync(Owner.Client);

        using var response = await PatchAsync(Owner.Client, id, "{\"public\":false}");

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.Forbidden), Does.Contain("Private playbooks requires the Professional edition"));
        Assert.That((await GetAsync(Owner.Client, $"{Root}/playbooks/{id}")).GetProperty("public").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Patch_ByATeamMemberWhoIsNotAPlaybookMember_Answers403_AndByAnOutsider404()
    {
        var id = await CreatePlaybookAsync(Owner.Client);
        using var member = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();

        using var byMember = await PatchAsync(member.Client, id, "{\"title\":\"Hijacked\"}");
        using var byOutsider = await PatchAsync(outsider.Client, id, "{\"title\":\"Hijacked\"}");

        await ReadPluginErrorAsync(byMember, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(byOutsider, HttpStatusCode.NotFound);
        Assert.That((await GetAsync(Owner.Client, $"{Root}/playbooks/{id}")).GetProperty("title").GetString(), Is.EqualTo("Database outage"));
    }

    [Test]
    public async Task Patch_OfTheMembers_ByANonAdminMember_Answers403()
    {
        using var member = await TeamMemberAsync();
        var id = await CreatePlaybookAsync(Owner.Client, new() { ["members"] = new[] { new { user_id = member.Id, roles = new[] { "playbook_member" } } } });

        using var response = await PatchAsync(member.Client, id, $"{{\"members\":[{{\"user_id\":\"{member.Id}\",\"roles\":[\"playbook_member\",\"playbook_admin\"]}}]}}");

        await ReadPluginErrorAsync(response, HttpStatusCode.Forbidden);
    }

    private static IEnumerable<string> ItemIds(System.Text.Json.JsonElement playbook) =>
        playbook.GetProperty("checklists").EnumerateArray().SelectMany(c => c.GetProperty("items_order").EnumerateArray().Append(c.GetProperty("id"))).Select(i => i.GetString()!);

    private static async Task<HttpResponseMessage> PatchAsync(HttpClient client, string playbookId, string body) =>
        await client.PatchAsync($"{Root}/playbooks/{playbookId}", SuiteApi.Raw(body));
}
