using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Platform.Tests.Presence;

/// <summary>Status calls and polling shared by the presence tests.</summary>
internal static class PresenceApi
{
    public static async Task<JsonElement> GetStatusAsync(HttpClient client, string userId)
    {
        using var response = await client.GetAsync($"/api/v4/users/{userId}/status");
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    public static Task<HttpResponseMessage> PutStatusAsync(HttpClient client, string userId, object body) =>
        client.PutAsync($"/api/v4/users/{userId}/status", SuiteApi.Json(body));

    public static async Task<JsonElement> SetStatusAsync(HttpClient client, string userId, string status, long dndEndTime = 0)
    {
        using var response = await PutStatusAsync(client, userId, new { user_id = userId, status, dnd_end_time = dndEndTime });
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    /// <summary>Polls the status until it is <paramref name="expected"/>, failing after 10 seconds.</summary>
    public static async Task<JsonElement> WaitForStatusAsync(HttpClient client, string userId, string expected)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var status = await GetStatusAsync(client, userId);
            if (status.GetProperty("status").GetString() == expected)
            {
                return status;
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                Assert.Fail($"The status stayed {status.GetProperty("status").GetString()}, not {expected}.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>How many processes hold a recorded connection of the user.</summary>
    public static async Task<long> ConnectionRowsAsync(SuiteTestServer server, string userId) =>
        await server.ScalarAsync<long>("SELECT count(*) FROM platform.presence_connections WHERE user_id = @id", ("id", userId));
}
