using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>The live events' names and payloads, as Mattermost's Playbooks web app reads them.</summary>
public sealed class LiveEventShapeTests : PlaybooksFixture
{
    private static JsonElement Payload(JsonElement message) =>
        JsonDocument.Parse(message.GetProperty("data").GetProperty("payload").GetString()!).RootElement;

    [Test]
    public async Task StartingARun_SendsRunCreatedWithTheRunUnderPlaybookRun()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        await using var events = await EventClient.ConnectAsync(Server.BaseAddress, Owner.Token);

        var run = await CreateRunAsync(Owner.Client, playbookId);

        var created = Payload(await events.NextAsync("custom_playbooks_playbook_run_created"));
        Assert.That(created.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "playbook_run" }));
        Assert.That(created.GetProperty("playbook_run").GetProperty("id").GetString(), Is.EqualTo(run.GetProperty("id").GetString()));
        Assert.That(created.GetProperty("playbook_run").GetProperty("channel_id").GetString(), Is.EqualTo(run.GetProperty("channel_id").GetString()));
    }

    [Test]
    public async Task ChangingARun_SendsRunUpdatedWithTheRunItself()
    {
        var id = (await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client))).GetProperty("id").GetString()!;
        await using var events = await EventClient.ConnectAsync(Server.BaseAddress, Owner.Token);

        using var ticked = await PutAsync(Owner.Client, $"{Root}/runs/{id}/checklists/0/item/0/state", new { new_state = "closed" });

        Assert.That(ticked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var updated = Payload(await events.NextAsync("custom_playbooks_playbook_run_updated"));
        Assert.That(updated.GetProperty("id").GetString(), Is.EqualTo(id));
        Assert.That(Item(updated, 0, 0, "state"), Is.EqualTo("closed"));
    }

    [Test]
    public async Task CreatingArchivingAndRestoringAPlaybook_TellTheTeamWithItsId()
    {
        using var teammate = await TeamMemberAsync();
        await using var events = await EventClient.ConnectAsync(Server.BaseAddress, teammate.Token);

        var id = await CreatePlaybookAsync(Owner.Client);
        using var archived = await Owner.Client.DeleteAsync($"{Root}/playbooks/{id}");
        using var restored = await PutAsync(Owner.Client, $"{Root}/playbooks/{id}/restore", new { });

        Assert.That((archived.StatusCode, restored.StatusCode), Is.EqualTo((HttpStatusCode.NoContent, HttpStatusCode.NoContent)));
        foreach (var name in new[] { "custom_playbooks_playbook_created", "custom_playbooks_playbook_archived", "custom_playbooks_playbook_restored" })
        {
            var message = await events.NextAsync(name);
            Assert.That(Payload(message).GetProperty("teamID").GetString(), Is.EqualTo(TeamId), name);
        }
    }

    [Test]
    public async Task DuplicatingAndImportingAPlaybook_EachTellTheTeam()
    {
        var id = await CreatePlaybookAsync(Owner.Client);
        using var exported = await Owner.Client.GetAsync($"{Root}/playbooks/{id}/export");
        var file = await exported.Content.ReadAsStringAsync();
        await using var events = await EventClient.ConnectAsync(Server.BaseAddress, Owner.Token);

        using var duplicated = await Owner.Client.PostAsync($"{Root}/playbooks/{id}/duplicate", null);
        using var imported = await Owner.Client.PostAsync($"{Root}/playbooks/import?team_id={TeamId}", SuiteApi.Raw(file));

        Assert.That((duplicated.StatusCode, imported.StatusCode), Is.EqualTo((HttpStatusCode.Created, HttpStatusCode.Created)));
        await events.NextAsync("custom_playbooks_playbook_created");
        await events.NextAsync("custom_playbooks_playbook_created");
    }
}
