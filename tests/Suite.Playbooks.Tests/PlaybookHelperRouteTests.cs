using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>The plugin's helper routes: its settings and the autocomplete lists of the <c>/playbook</c> sub-commands' numbers.</summary>
public sealed class PlaybookHelperRouteTests : PlaybooksFixture
{
    private static List<string> Choices(JsonElement list) =>
        list.EnumerateArray().Select(i => $"{i.GetProperty("Item").GetString()}|{i.GetProperty("Hint").GetString()}").ToList();

    [Test]
    public async Task Settings_AnswerTheGlobalSettings_ToSignedInUsersOnly()
    {
        var settings = await GetAsync(Owner.Client, $"{Root}/settings");
        using var anonymous = Api.Anonymous();
        using var refused = await anonymous.GetAsync($"{Root}/settings");

        Assert.That(settings.GetRawText(), Is.EqualTo("{\"enable_experimental_features\":false}"));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Autocomplete_WithOneRunInTheChannel_ListsItsChecklistsAndItemsByNumber()
    {
        var channelId = (await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client))).GetProperty("channel_id").GetString()!;

        var checklists = await GetAsync(Owner.Client, $"{Root}/runs/checklist-autocomplete?channel_id={channelId}");
        var items = await GetAsync(Owner.Client, $"{Root}/runs/checklist-autocomplete-item?channel_id={channelId}");
        var runs = await GetAsync(Owner.Client, $"{Root}/runs/runs-autocomplete?channel_id={channelId}");

        Assert.That(Choices(checklists), Is.EqualTo(new[] { "0|\"Triage\"", "1|\"Recover\"" }));
        Assert.That(Choices(items), Is.EqualTo(new[] { "0 0|\"Page the DBA\"", "0 1|\"Open a bridge\"", "1 0|\"Fail over\"" }));
        Assert.That(runs.GetArrayLength(), Is.Zero, "with one run there is no run number to choose");
        Assert.That(checklists[0].GetProperty("HelpText").GetString(), Is.Empty);
    }

    [Test]
    public async Task Autocomplete_WithSeveralRunsInTheChannel_PutsEachRunsNumberAndNameFirst()
    {
        var channelId = await Owner.Client.CreateChannelAsync(TeamId);
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        foreach (var name in new[] { "Older", "Newer" })
        {
            using var started = await Owner.Client.PostAsync($"{Root}/runs", SuiteApi.Json(new { name, team_id = TeamId, playbook_id = playbookId, channel_id = channelId }));
            await started.ReadJsonAsync(HttpStatusCode.Created);
        }

        var runs = await GetAsync(Owner.Client, $"{Root}/runs/runs-autocomplete?channel_id={channelId}");
        var checklists = await GetAsync(Owner.Client, $"{Root}/runs/checklist-autocomplete?channel_id={channelId}");

        Assert.That(Choices(runs), Is.EqualTo(new[] { "0|\"Newer\"", "1|\"Older\"" }), "in the sub-commands' order, newest first");
        Assert.That(Choices(checklists).Take(3), Is.EqualTo(new[] { "0 0|\"Newer\" - \"Triage\"", "0 1|\"Newer\" - \"Recover\"", "1 0|\"Older\" - \"Triage\"" }));
    }

    [Test]
    public async Task Autocomplete_ForAChannelTheCallerCannotRead_IsNotFound_AndWithoutAChannelIsABadRequest()
    {
        using var outsider = await TeamMemberAsync();
        var secret = await Owner.Client.CreateChannelAsync(TeamId, "P");
        using var started = await Owner.Client.PostAsync($"{Root}/runs", SuiteApi.Json(new { name = "Quiet", team_id = TeamId, playbook_id = await CreatePlaybookAsync(Owner.Client), channel_id = secret }));
        await started.ReadJsonAsync(HttpStatusCode.Created);

        using var hidden = await outsider.Client.GetAsync($"{Root}/runs/checklist-autocomplete?channel_id={secret}");
        using var missing = await Owner.Client.GetAsync($"{Root}/runs/checklist-autocomplete");

        await ReadPluginErrorAsync(hidden, HttpStatusCode.NotFound);
        Assert.That(await ReadPluginErrorAsync(missing, HttpStatusCode.BadRequest), Does.Contain("channel_id"));
    }
}
