using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Channels.Tests;

/// <summary>Channel and post calls as Mattermost's client makes them, asserting the status each helper expects.</summary>
internal static class ChannelsApi
{
    public static StringContent Json(object body) => SuiteApi.Json(body);

    public static async Task<JsonElement> CreateChannelAsync(this HttpClient client, string teamId, string? name = null, string type = "O", string? displayName = null)
    {
        name ??= SuiteApi.UniqueName("c");
        using var response = await client.PostAsync("/api/v4/channels", Json(new { team_id = teamId, name, display_name = displayName ?? $"Channel {name}", type }));
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    public static async Task<JsonElement> PostAsync(this HttpClient client, string channelId, string message, string rootId = "", string? pendingPostId = null)
    {
        using var response = await client.PostAsync("/api/v4/posts", Json(new { channel_id = channelId, message, root_id = rootId, pending_post_id = pendingPostId ?? "" }));
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(path);
        return await response.ReadJsonAsync(expected);
    }

    public static async Task<JsonElement> SendJsonAsync(this HttpClient client, HttpMethod method, string path, object? body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : Json(body) };
        using var response = await client.SendAsync(request);
        return await response.ReadJsonAsync(expected);
    }

    public static async Task<JsonElement> SendErrorAsync(this HttpClient client, HttpMethod method, string path, object? body, HttpStatusCode expected, string? id = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : Json(body) };
        using var response = await client.SendAsync(request);
        return await response.ReadErrorAsync(expected, id);
    }

    public static async Task AddMemberAsync(this HttpClient client, string channelId, string userId) =>
        await client.SendJsonAsync(HttpMethod.Post, $"/api/v4/channels/{channelId}/members", new { user_id = userId, channel_id = channelId }, HttpStatusCode.Created);

    public static async Task<JsonElement> MemberAsync(this HttpClient client, string channelId, string userId = "me") =>
        await client.GetJsonAsync($"/api/v4/channels/{channelId}/members/{userId}");

    public static async Task<JsonElement> ChannelAsync(this HttpClient client, string channelId) =>
        await client.GetJsonAsync($"/api/v4/channels/{channelId}");

    /// <summary>The channel's posts, newest first, as (type, message) pairs.</summary>
    public static async Task<List<(string Type, string Message)>> PostsAsync(this HttpClient client, string channelId, int perPage = 200)
    {
        var list = await client.GetJsonAsync($"/api/v4/channels/{channelId}/posts?per_page={perPage}");
        return list.GetProperty("order").EnumerateArray()
            .Select(id => list.GetProperty("posts").GetProperty(id.GetString()!))
            .Select(p => (p.GetProperty("type").GetString()!, p.GetProperty("message").GetString()!))
            .ToList();
    }

    public static string Id(this JsonElement element) => element.GetProperty("id").GetString()!;

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    public static long Long(this JsonElement element, string property) => element.GetProperty(property).GetInt64();
}
