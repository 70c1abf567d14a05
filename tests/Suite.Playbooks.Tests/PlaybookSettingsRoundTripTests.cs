using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>Every setting Mattermost's export file carries is set by PATCH, kept, exported and imported again.</summary>
public sealed class PlaybookSettingsRoundTripTests : PlaybooksFixture
{
    private const string Settings = """
        {
          "create_channel_member_on_new_participant": false,
          "remove_channel_member_on_removed_participant": false,
          "run_summary_template_enabled": true,
          "run_summary_template": "Impact: ?",
          "signal_any_keywords_enabled": true,
          "signal_any_keywords": ["sev1", "outage"],
          "categorize_channel_enabled": true,
          "category_name": "Incidents",
          "owner_group_only_actions": true,
          "new_channel_only": true
        }
        """;

    private static void AssertSettings(JsonElement playbook, string what)
    {
        var expected = JsonDocument.Parse(Settings).RootElement;
        foreach (var setting in expected.EnumerateObject())
        {
            if (what == "exported" && setting.Value.ValueKind == JsonValueKind.False)
            {
                Assert.That(playbook.TryGetProperty(setting.Name, out _), Is.False, $"Mattermost's file leaves false out: {setting.Name}");
                continue;
            }

            Assert.That(JsonSerializer.Serialize(playbook.GetProperty(setting.Name)), Is.EqualTo(JsonSerializer.Serialize(setting.Value)), $"{what}: {setting.Name}");
        }
    }

    [Test]
    public async Task SettingsPatched_AreKept_Exported_AndImported()
    {
        var id = await CreatePlaybookAsync(Owner.Client);

        using var patched = await Owner.Client.PatchAsync($"{Root}/playbooks/{id}", SuiteApi.Raw(Settings));

        Assert.That(patched.IsSuccessStatusCode, Is.True, await patched.Content.ReadAsStringAsync());
        AssertSettings(await GetAsync(Owner.Client, $"{Root}/playbooks/{id}"), "stored");
        using var exported = await Owner.Client.GetAsync($"{Root}/playbooks/{id}/export");
        var file = await exported.ReadJsonAsync(HttpStatusCode.OK);
        AssertSettings(file, "exported");
        using var imported = await Owner.Client.PostAsync($"{Root}/playbooks/import?team_id={TeamId}", SuiteApi.Raw(file.GetRawText()));
        var copyId = (await imported.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        AssertSettings(await GetAsync(Owner.Client, $"{Root}/playbooks/{copyId}"), "imported");
    }

    [Test]
    public async Task SettingsReplaced_ThroughPut_AreKept()
    {
        var id = await CreatePlaybookAsync(Owner.Client);
        var playbook = System.Text.Json.Nodes.JsonNode.Parse((await GetAsync(Owner.Client, $"{Root}/playbooks/{id}")).GetRawText())!.AsObject();
        foreach (var (name, value) in System.Text.Json.Nodes.JsonNode.Parse(Settings)!.AsObject())
        {
            playbook[name] = value?.DeepClone();
        }

        using var replaced = await Owner.Client.PutAsync($"{Root}/playbooks/{id}", SuiteApi.Raw(playbook.ToJsonString()));

        Assert.That(replaced.IsSuccessStatusCode, Is.True, await replaced.Content.ReadAsStringAsync());
        AssertSettings(await GetAsync(Owner.Client, $"{Root}/playbooks/{id}"), "replaced");
    }

    [Test]
    public async Task AnEmptyKeyword_IsRefusedAndChangesNothing()
    {
        var id = await CreatePlaybookAsync(Owner.Client);

        using var patched = await Owner.Client.PatchAsync($"{Root}/playbooks/{id}", SuiteApi.Raw("{\"signal_any_keywords\":[\"\"],\"category_name\":\"Changed\"}"));

        Assert.That(await ReadPluginErrorAsync(patched, HttpStatusCode.BadRequest), Does.Contain("signal_any_keywords"));
        Assert.That((await GetAsync(Owner.Client, $"{Root}/playbooks/{id}")).GetProperty("category_name").GetString(), Is.Empty);
    }
}
