using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Suite.Testing;
using Clock = Microsoft.Extensions.Time.Testing.FakeTimeProvider;

namespace Suite.Boards.Tests.Notices;

/// <summary>
/// Notices from the Boards bot, subscriptions, due-date reminders, My work, WIP limits and linked channels, on one
/// host whose clock moves only when a test says (split by concern into partial files).
/// </summary>
public sealed partial class NoticeTests : BoardsFixture
{
    private static readonly TimeSpan NotifyDelay = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan ReminderScan = TimeSpan.FromMinutes(5);

    // A fixed morning, so "today" and "tomorrow" are the same day for every test whatever the real time.
    private readonly Clock _clock = new(new DateTimeOffset(2026, 12, 9, 8, 0, 0, TimeSpan.Zero));

    protected override IReadOnlyDictionary<string, string?> ServerSettings => new Dictionary<string, string?>
    {
        ["Suite:Boards:Notifications:CardNotifyDelay"] = NotifyDelay.ToString(),
        ["Suite:Boards:Notifications:ReminderScanInterval"] = ReminderScan.ToString(),
    };

    protected override void Configure(WebApplicationBuilder builder) => builder.Services.AddSingleton<TimeProvider>(_clock);

    private static string Due(DateTimeOffset day) => $"{{\"from\":{day.ToUnixTimeMilliseconds()}}}";

    /// <summary>The direct messages the Boards bot sent <paramref name="user"/>, oldest first: each post's message and props.</summary>
    private static async Task<IReadOnlyList<JsonElement>> BotMessagesAsync(SignedInUser user)
    {
        using var bot = await user.Client.GetAsync("/api/v4/users/username/boards");
        if (bot.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }

        var botId = (await bot.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString();
        using var direct = await user.Client.PostAsync("/api/v4/channels/direct", SuiteApi.Raw(JsonSerializer.Serialize(new[] { user.Id, botId })));
        var channelId = (await direct.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();
        return await ChannelPostsAsync(user.Client, channelId!);
    }

    private static async Task<IReadOnlyList<JsonElement>> ChannelPostsAsync(HttpClient client, string channelId)
    {
        using var response = await client.GetAsync($"/api/v4/channels/{channelId}/posts");
        var page = await response.ReadJsonAsync(HttpStatusCode.OK);
        var posts = page.GetProperty("posts");
        return page.GetProperty("order").EnumerateArray().Select(id => posts.GetProperty(id.GetString()!)).Reverse().ToList();
    }

    private static string Message(JsonElement post) => post.GetProperty("message").GetString()!;

    /// <summary>The Slack attachment of a digest message as one text: pretext, then "title: value" per field.</summary>
    private static string AttachmentText(JsonElement post)
    {
        var attachment = post.GetProperty("props").GetProperty("attachments")[0];
        var text = new StringBuilder(attachment.GetProperty("pretext").GetString());
        foreach (var field in attachment.GetProperty("fields").EnumerateArray())
        {
            text.Append('\n').Append(field.GetProperty("title").GetString()).Append(": ").Append(field.GetProperty("value").GetString());
        }

        return text.ToString();
    }

    /// <summary>Waits until <paramref name="user"/> has at least <paramref name="count"/> bot messages; answers them.</summary>
    private static async Task<IReadOnlyList<JsonElement>> BotMessagesEventuallyAsync(SignedInUser user, int count, Action? nudge = null)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            var messages = await BotMessagesAsync(user);
            if (messages.Count >= count)
            {
                return messages;
            }

            nudge?.Invoke();
            await Task.Delay(100);
        }

        Assert.Fail($"{user.User.Username} did not get {count} message(s) from the Boards bot.");
        return [];
    }

    private async Task<(string BoardId, SignedInUser Member)> BoardWithMemberAsync(string role = "editor", string type = "O")
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, type));
        var member = await TeamMemberAsync();
        await AddMemberAsync(Owner.Client, boardId, member.Id, role);
        return (boardId, member);
    }

    private static async Task<string> CardIdAsync(HttpClient client, string boardId, string title = "Ship it", object? properties = null) =>
        (await CreateCardAsync(client, boardId, title, properties)).GetProperty("id").GetString()!;
}
