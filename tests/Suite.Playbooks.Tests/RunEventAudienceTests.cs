using System.Net;
using System.Text.Json;
using Npgsql;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>Who a run's live events reach: the people who may see the run, and nobody else, even in its channel.</summary>
public sealed class RunEventAudienceTests : PlaybooksFixture
{
    private const string RunUpdated = "custom_playbooks_playbook_run_updated";

    private static bool Marker(JsonElement data) => data.TryGetProperty("post", out var post) && post.GetString()!.Contains("\"marker\"", StringComparison.Ordinal);

    [Test]
    public async Task AChannelMemberWhoMayNotSeeThePrivatePlaybooksRun_ReceivesNoneOfItsEvents_WhileAParticipantDoes()
    {
        using var responder = await TeamMemberAsync();
        using var bystander = await TeamMemberAsync();
        var channelId = await Owner.Client.CreateChannelAsync(TeamId);
        await Owner.Client.AddMemberAsync(channelId, bystander.Id);
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["invite_users_enabled"] = true, ["invited_user_ids"] = new[] { responder.Id } });
        await MakePrivateDirectlyAsync(playbookId);
        using var started = await Owner.Client.PostAsync($"{Root}/runs", SuiteApi.Json(new { name = "Private incident", team_id = TeamId, playbook_id = playbookId, channel_id = channelId }));
        var id = (await started.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        await using var responderEvents = await EventClient.ConnectAsync(Server.BaseAddress, responder.Token);
        await using var bystanderEvents = await EventClient.ConnectAsync(Server.BaseAddress, bystander.Token);

        using var ticked = await PutAsync(Owner.Client, $"{Root}/runs/{id}/checklists/0/item/0/state", new { new_state = "closed" });
        using var updated = await Owner.Client.PostAsync($"{Root}/runs/{id}/status", SuiteApi.Json(new { message = "Secret progress", reminder = 600 }));
        await Owner.Client.PostAsync(channelId, "marker");

        Assert.That((ticked.StatusCode, updated.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
        using var hidden = await bystander.Client.GetAsync($"{Root}/runs/{id}");
        await ReadPluginErrorAsync(hidden, HttpStatusCode.NotFound);
        var seen = await responderEvents.NextAsync(RunUpdated);
        Assert.That(seen.GetProperty("data").GetProperty("payload").GetString(), Does.Contain(id));
        var leaked = (await bystanderEvents.EventsUntilAsync("posted", Marker)).Where(e => e.StartsWith("custom_playbooks", StringComparison.Ordinal));
        Assert.That(leaked, Is.Empty);
    }

    [Test]
    public async Task AFollowerOutsideTheRunChannel_ReceivesTheRunsEvents()
    {
        using var follower = await TeamMemberAsync();
        var id = (await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client))).GetProperty("id").GetString()!;
        using var followed = await PutAsync(follower.Client, $"{Root}/runs/{id}/followers", new { });
        await using var events = await EventClient.ConnectAsync(Server.BaseAddress, follower.Token);

        using var ticked = await PutAsync(Owner.Client, $"{Root}/runs/{id}/checklists/0/item/1/state", new { new_state = "in_progress" });

        var updated = await events.NextAsync(RunUpdated);
        using var payload = JsonDocument.Parse(updated.GetProperty("data").GetProperty("payload").GetString()!);
        Assert.That(Item(payload.RootElement, 0, 1, "state"), Is.EqualTo("in_progress"));
    }

    /// <summary>Private playbooks need a license this fixture has not: made private in the database, as one kept from an expired license is.</summary>
    private async Task MakePrivateDirectlyAsync(string playbookId)
    {
        await using var connection = new NpgsqlConnection(Server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE playbooks.mt_doc_playbook SET data = jsonb_set(data, '{public}', 'false') WHERE id = $1", connection) { Parameters = { new() { Value = playbookId } } };
        Assert.That(await command.ExecuteNonQueryAsync(), Is.EqualTo(1));
    }
}
