using System.Net;
using Suite.Licensing.Signing;
using Suite.Testing;

namespace Suite.Playbooks.Tests.Editions;

/// <summary>Professional: private playbooks and admin-only editing, switched on by a license and kept usable after it ends.</summary>
public sealed class ProfessionalPlaybookTests : LicensedPlaybooksFixture
{
    [Test]
    public async Task PrivatePlaybook_WithAProfessionalLicense_IsCreatedAndHiddenFromTeamMembersWhoAreNotInIt()
    {
        using var member = await TeamMemberAsync();
        string playbook;
        await using (await LicensedAsync(Skus.Professional))
        {
            playbook = await CreatePlaybookAsync(Owner.Client, new() { ["public"] = false, ["title"] = "Secret" });
        }

        using var hidden = await member.Client.GetAsync($"{Root}/playbooks/{playbook}");
        var kept = await GetAsync(Owner.Client, $"{Root}/playbooks/{playbook}");

        await ReadPluginErrorAsync(hidden, HttpStatusCode.NotFound);
        Assert.That(kept.GetProperty("public").GetBoolean(), Is.False);
        using var renamed = await PutAsync(Owner.Client, $"{Root}/playbooks/{playbook}", Renamed(kept, "Still secret"));
        Assert.That(renamed.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a private playbook stays editable as it is after the license ends");
    }

    [Test]
    public async Task AdminOnlyEdit_WithAProfessionalLicense_LetsOnlyThePlaybooksAdminsEditIt()
    {
        using var member = await TeamMemberAsync();
        var playbook = await CreatePlaybookAsync(Owner.Client);
        var current = await GetAsync(Owner.Client, $"{Root}/playbooks/{playbook}");
        var members = new object[]
        {
            new { user_id = Owner.Id, roles = new[] { "playbook_member", "playbook_admin" } },
            new { user_id = member.Id, roles = new[] { "playbook_member" } },
        };

        HttpStatusCode byMember;
        await using (await LicensedAsync(Skus.Professional))
        {
            using var locked = await PutAsync(Owner.Client, $"{Root}/playbooks/{playbook}", With(current, ("admin_only_edit", true), ("members", members)));
            Assert.That(locked.StatusCode, Is.EqualTo(HttpStatusCode.OK), await locked.Content.ReadAsStringAsync());
            var after = await GetAsync(member.Client, $"{Root}/playbooks/{playbook}");
            using var edit = await PutAsync(member.Client, $"{Root}/playbooks/{playbook}", Renamed(after, "Hijacked"));
            byMember = edit.StatusCode;
        }

        Assert.That(byMember, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await GetAsync(Owner.Client, $"{Root}/playbooks/{playbook}")).GetProperty("title").GetString(), Is.EqualTo("Database outage"));
    }

    private static Dictionary<string, object?> Renamed(System.Text.Json.JsonElement playbook, string title) => With(playbook, ("title", title));

    private static Dictionary<string, object?> With(System.Text.Json.JsonElement playbook, params (string Key, object? Value)[] changes)
    {
        var body = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(playbook.GetRawText())!;
        foreach (var (key, value) in changes)
        {
            body[key] = value;
        }

        return body;
    }
}
