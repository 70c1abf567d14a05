using System.Text.Json;

namespace Suite.Web.Tests;

/// <summary>A small board in the shape of Trello's JSON export (board, lists, labels, members, cards, checklists, comment actions).</summary>
internal static class TrelloExport
{
    public static string Json(string aliceUsername) => JsonSerializer.Serialize(new
    {
        id = "5f1e0c0a1b2c3d4e5f600001",
        name = "Website relaunch",
        desc = "Everything for the new site",
        url = "https://trello.com/b/AbCdEf12/website-relaunch",
        labels = new[]
        {
            new { id = "5f1e0c0a1b2c3d4e5f600101", idBoard = "5f1e0c0a1b2c3d4e5f600001", name = "Urgent", color = "red" },
            new { id = "5f1e0c0a1b2c3d4e5f600102", idBoard = "5f1e0c0a1b2c3d4e5f600001", name = "Design", color = "blue" },
        },
        lists = new[]
        {
            new { id = "5f1e0c0a1b2c3d4e5f600201", name = "To do", closed = false, pos = 16384.0 },
            new { id = "5f1e0c0a1b2c3d4e5f600202", name = "Doing", closed = false, pos = 32768.0 },
        },
        members = new[]
        {
            new { id = "5f1e0c0a1b2c3d4e5f600301", username = aliceUsername, fullName = "Alice Example" },
        },
        cards = new object[]
        {
            new
            {
                id = "5f1e0c0a1b2c3d4e5f600401",
                name = "Design the homepage",
                desc = "Hero, navigation and footer.",
                closed = false,
                pos = 16384.0,
                idList = "5f1e0c0a1b2c3d4e5f600202",
                idLabels = new[] { "5f1e0c0a1b2c3d4e5f600101", "5f1e0c0a1b2c3d4e5f600102" },
                idMembers = new[] { "5f1e0c0a1b2c3d4e5f600301" },
                idChecklists = new[] { "5f1e0c0a1b2c3d4e5f600501" },
                start = (string?)null,
                due = "2026-12-20T17:00:00.000Z",
                dueComplete = false,
                url = "https://trello.com/c/XyZ12345/1-design-the-homepage",
                shortUrl = "https://trello.com/c/XyZ12345",
                attachments = Array.Empty<object>(),
                customFieldItems = Array.Empty<object>(),
            },
            new
            {
                id = "5f1e0c0a1b2c3d4e5f600402",
                name = "Pick a font",
                desc = "",
                closed = false,
                pos = 32768.0,
                idList = "5f1e0c0a1b2c3d4e5f600201",
                idLabels = Array.Empty<string>(),
                idMembers = Array.Empty<string>(),
                idChecklists = Array.Empty<string>(),
                start = (string?)null,
                due = (string?)null,
                dueComplete = false,
                url = "https://trello.com/c/AbC67890/2-pick-a-font",
                shortUrl = "https://trello.com/c/AbC67890",
                attachments = Array.Empty<object>(),
                customFieldItems = Array.Empty<object>(),
            },
        },
        checklists = new[]
        {
            new
            {
                id = "5f1e0c0a1b2c3d4e5f600501",
                name = "Visuals",
                idCard = "5f1e0c0a1b2c3d4e5f600401",
                pos = 16384.0,
                checkItems = new[]
                {
                    new { id = "5f1e0c0a1b2c3d4e5f600601", name = "Sketch", state = "complete", pos = 16384.0 },
                    new { id = "5f1e0c0a1b2c3d4e5f600602", name = "Mock-up", state = "incomplete", pos = 32768.0 },
                },
            },
        },
        customFields = Array.Empty<object>(),
        actions = new[]
        {
            new
            {
                id = "5f1e0c0a1b2c3d4e5f600701",
                type = "commentCard",
                date = "2026-11-30T10:15:00.000Z",
                idMemberCreator = "5f1e0c0a1b2c3d4e5f600301",
                data = new { text = "Looks great so far", card = new { id = "5f1e0c0a1b2c3d4e5f600401", name = "Design the homepage" } },
                memberCreator = new { id = "5f1e0c0a1b2c3d4e5f600301", username = aliceUsername, fullName = "Alice Example" },
            },
        },
    });
}
