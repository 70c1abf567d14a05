using System.Net;
using System.Text;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Web.Tests;

/// <summary>Focalboard's API v2 as the browser tests check what the screens did (with the API's CSRF header and camelCase JSON).</summary>
internal static class BoardsApi
{
    public const string Root = "/plugins/focalboard/api/v2";

    private static readonly JsonSerializerOptions CamelCase = new(JsonSerializerDefaults.Web);

    public static async Task<JsonElement> CallAsync(HttpClient client, HttpMethod method, string path, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, Root + path);
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body, CamelCase), Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        return await response.ReadJsonAsync(expected);
    }

    public static Task<JsonElement> GetAsync(HttpClient client, string path) => CallAsync(client, HttpMethod.Get, path);

    public static Task<JsonElement> AddMemberAsync(HttpClient admin, string boardId, string userId, string role) =>
        CallAsync(admin, HttpMethod.Post, $"/boards/{boardId}/members", new
        {
            userId,
            schemeAdmin = role == "admin",
            schemeEditor = role is "admin" or "editor",
            schemeCommenter = role is "admin" or "editor" or "commenter",
            schemeViewer = true,
        });

    /// <summary>The board's card blocks by title.</summary>
    public static async Task<Dictionary<string, JsonElement>> CardsAsync(HttpClient client, string boardId)
    {
        var blocks = await GetAsync(client, $"/boards/{boardId}/blocks?type=card");
        return blocks.EnumerateArray().ToDictionary(b => b.GetProperty("title").GetString()!, b => b);
    }

    public static string Property(JsonElement card, string propertyId) =>
        card.GetProperty("fields").GetProperty("properties").TryGetProperty(propertyId, out var value) ? value.ToString() : "";
}
