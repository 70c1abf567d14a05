using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>The Channels calls the slash command and channel action tests make, as Mattermost's client makes them.</summary>
internal static class ChannelCalls
{
    public static async Task<string> CreateChannelAsync(this HttpClient client, string teamId, string type = "O")
    {
        var name = SuiteApi.UniqueName("c");
        using var response = await client.PostAsync("/api/v4/channels", SuiteApi.Json(new { team_id = teamId, name, display_name = $"Channel {name}", type }));
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
    }

    public static async Task AddMemberAsync(this HttpClient client, string channelId, string userId)
    {
        using var response = await client.PostAsync($"/api/v4/channels/{channelId}/members", SuiteApi.Json(new { user_id = userId, channel_id = channelId }));
        await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    public static async Task<string> PostAsync(this HttpClient client, string channelId, string message, string rootId = "")
    {
        using var response = await client.PostAsync("/api/v4/posts", SuiteApi.Json(new { channel_id = channelId, message, root_id = rootId }));
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
    }

    /// <summary>The thread's posts, oldest first.</summary>
    public static async Task<List<JsonElement>> ThreadAsync(this HttpClient client, string postId)
    {
        using var response = await client.GetAsync($"/api/v4/posts/{postId}/thread");
        var thread = await response.ReadJsonAsync(HttpStatusCode.OK);
        return thread.GetProperty("posts").EnumerateObject().Select(p => p.Value).OrderBy(p => p.GetProperty("create_at").GetInt64()).ToList();
    }

    /// <summary>Runs a slash command in the channel as the client's user; answers Mattermost's command response.</summary>
    public static async Task<JsonElement> ExecuteAsync(this HttpClient client, string channelId, string teamId, string command)
    {
        using var response = await client.PostAsync("/api/v4/commands/execute", SuiteApi.Json(new { command, channel_id = channelId, team_id = teamId }));
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    public static string Text(this JsonElement commandResponse) => commandResponse.GetProperty("text").GetString()!;
}
