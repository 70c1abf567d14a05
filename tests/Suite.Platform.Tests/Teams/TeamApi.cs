using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Platform.Tests.Teams;

/// <summary>Team calls for the team tests, asserting the status each expects.</summary>
internal static class TeamApi
{
    public static async Task<JsonElement> SendAsync(this HttpClient client, HttpMethod method, string path, object? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : SuiteApi.Json(body) };
        using var response = await client.SendAsync(request);
        return (int)expected < 400 ? await response.ReadJsonAsync(expected) : await response.ReadErrorAsync(expected);
    }

    public static string Id(this JsonElement element) => element.GetProperty("id").GetString()!;
}
