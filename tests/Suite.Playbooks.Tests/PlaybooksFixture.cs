using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>A <see cref="TeamFixture"/> with the product's modules and helpers for Playbooks' API v0.</summary>
public abstract class PlaybooksFixture : TeamFixture
{
    protected const string Root = "/plugins/playbooks/api/v0";

    /// <summary>Creates a playbook as <paramref name="client"/>'s user (201 expected) with two checklists; extra settings override.</summary>
    protected async Task<string> CreatePlaybookAsync(HttpClient client, Dictionary<string, object?>? settings = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["title"] = "Database outage",
            ["team_id"] = TeamId,
            ["public"] = true,
            ["run_number_prefix"] = "INC",
            ["checklists"] = new object[]
            {
                new { title = "Triage", items = new object[] { new { title = "Page the DBA", assignee_type = "owner" }, new { title = "Open a bridge", due_date = 60_000 } } },
                new { title = "Recover", items = new object[] { new { title = "Fail over", command = "/failover start" } } },
            },
        };
        foreach (var (key, value) in settings ?? [])
        {
            body[key] = value;
        }

        using var response = await client.PostAsync($"{Root}/playbooks", SuiteApi.Json(body));
        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetString()!;
    }

    protected async Task<JsonElement> CreateRunAsync(HttpClient client, string playbookId, string? ownerId = null, string name = "DB primary down")
    {
        using var response = await client.PostAsync($"{Root}/runs", SuiteApi.Json(new { name, team_id = TeamId, playbook_id = playbookId, owner_user_id = ownerId ?? "" }));
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    protected static async Task<JsonElement> GetAsync(HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(path);
        return await response.ReadJsonAsync(expected);
    }

    protected static async Task<HttpResponseMessage> PutAsync(HttpClient client, string path, object body) =>
        await client.PutAsync(path, SuiteApi.Json(body));

    /// <summary>Asserts the plugin's error shape, <c>{"error": "..."}</c>, with the status; returns the text.</summary>
    protected static async Task<string> ReadPluginErrorAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.ReadJsonAsync(expected);
        Assert.That(body.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "error" }), body.ToString());
        return body.GetProperty("error").GetString()!;
    }

    /// <summary>The id of the <c>@playbooks</c> bot, which exists once Playbooks has posted.</summary>
    protected async Task<string> PlaybooksBotIdAsync() =>
        (await GetAsync(Owner.Client, "/api/v4/users/username/playbooks")).GetProperty("id").GetString()!;

    /// <summary>The posts the bot sent the user in their direct channel, oldest first.</summary>
    protected async Task<List<JsonElement>> DirectMessagesAsync(SignedInUser user)
    {
        using var bot = await Owner.Client.GetAsync("/api/v4/users/username/playbooks");
        if (bot.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }

        using var response = await user.Client.PostAsync("/api/v4/channels/direct", SuiteApi.Json(new[] { user.Id, await PlaybooksBotIdAsync() }));
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
        var channel = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        return (await ChannelPostsAsync(user.Client, channel)).AsEnumerable().Reverse().ToList();
    }

    /// <summary>The posts of a channel, newest first.</summary>
    protected static async Task<List<JsonElement>> ChannelPostsAsync(HttpClient client, string channelId)
    {
        var posts = await GetAsync(client, $"/api/v4/channels/{channelId}/posts?per_page=200");
        return posts.GetProperty("posts").EnumerateObject().Select(p => p.Value).OrderByDescending(p => p.GetProperty("create_at").GetInt64()).ToList();
    }

    protected static IEnumerable<string> TimelineTypes(JsonElement run) =>
        run.GetProperty("timeline_events").EnumerateArray().Where(e => e.GetProperty("delete_at").GetInt64() == 0).Select(e => e.GetProperty("event_type").GetString()!);

    protected static string Item(JsonElement run, int checklist, int item, string property) =>
        run.GetProperty("checklists")[checklist].GetProperty("items")[item].GetProperty(property).ToString();
}
