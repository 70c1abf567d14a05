using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Suite.Testing;
using Clock = Microsoft.Extensions.Time.Testing.FakeTimeProvider;

namespace Suite.Boards.Tests.Notices;

/// <summary>A due-date reminder already sent is not sent again by the next process: what was sent is stored.</summary>
public sealed class DueDateReminderRestartTests
{
    private const string Root = "/plugins/focalboard/api/v2";

    private static readonly JsonSerializerOptions CamelCase = new(JsonSerializerDefaults.Web);

    [Test]
    public async Task DueDateReminder_SentBeforeARestart_IsNotSentAgainAfterIt()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        var start = new DateTimeOffset(2026, 12, 9, 8, 0, 0, TimeSpan.Zero);
        var due = JsonSerializer.Serialize(new { from = start.AddDays(1).ToUnixTimeMilliseconds() });
        string token, boardId;
        var firstClock = new Clock(start);
        await using (var first = await SuiteTestServer.StartAsync(database, configure: b => b.Services.AddSingleton<TimeProvider>(firstClock)))
        {
            var api = new SuiteApi(first);
            using var lead = await api.SignUpAndLoginAsync();
            token = lead.Token;
            var teamId = (await SuiteApi.CreateTeamAsync(lead.Client)).GetProperty("id").GetString();
            boardId = (await SendAsync(lead.Client, HttpMethod.Post, "/boards", new
            {
                teamId,
                type = "O",
                title = "Launch",
                cardProperties = new object[]
                {
                    new { id = "who", name = "Assignee", type = "person", options = Array.Empty<object>() },
                    new { id = "due", name = "Due Date", type = "date", options = Array.Empty<object>() },
                },
            })).GetProperty("id").GetString()!;
            await SendAsync(lead.Client, HttpMethod.Post, $"/boards/{boardId}/cards", new { title = "First", properties = new Dictionary<string, string> { ["who"] = lead.Id, ["due"] = due } });
            Assert.That(await RemindersAsync(lead.Client, lead.Id, 1, () => firstClock.Advance(TimeSpan.FromMinutes(5))), Has.Count.EqualTo(1));
        }

        var clock = new Clock(start.AddHours(1));
        await using var second = await SuiteTestServer.StartAsync(database, configure: b => b.Services.AddSingleton<TimeProvider>(clock));
        using var client = new SuiteApi(second).WithToken(token);
        var me = (await (await client.GetAsync("/api/v4/users/me")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString()!;
        await SendAsync(client, HttpMethod.Post, $"/boards/{boardId}/cards", new { title = "Second", properties = new Dictionary<string, string> { ["who"] = me, ["due"] = due } });

        // Scans run one after another: once the second card's reminder is there, a scan after the restart has seen the first card too.
        var reminders = await RemindersAsync(client, me, 2, () => clock.Advance(TimeSpan.FromMinutes(5)));
        Assert.That(reminders.Count(m => m.Contains("[First]", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(reminders.Count(m => m.Contains("[Second]", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    private static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, Root + path) { Content = SuiteApi.Raw(JsonSerializer.Serialize(body, CamelCase)) };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        using var response = await client.SendAsync(request);
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    private static async Task<List<string>> RemindersAsync(HttpClient client, string userId, int count, Action? nudge = null)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            using var bot = await client.GetAsync("/api/v4/users/username/boards");
            if (bot.StatusCode == HttpStatusCode.OK)
            {
                var botId = (await bot.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString();
                using var direct = await client.PostAsync("/api/v4/channels/direct", SuiteApi.Raw(JsonSerializer.Serialize(new[] { userId, botId })));
                var channelId = (await direct.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();
                using var read = await client.GetAsync($"/api/v4/channels/{channelId}/posts");
                var posts = (await read.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("posts");
                var reminders = posts.EnumerateObject().Select(p => p.Value.GetProperty("message").GetString()!).Where(m => m.StartsWith("Reminder:", StringComparison.Ordinal)).ToList();
                if (reminders.Count >= count)
                {
                    return reminders;
                }
            }

            nudge?.Invoke();
            await Task.Delay(100);
        }

        Assert.Fail($"Fewer than {count} reminder(s) arrived.");
        return [];
    }
}
