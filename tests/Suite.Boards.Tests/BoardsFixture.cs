using System.Net;
using System.Text;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Boards.Tests;

/// <summary>A <see cref="TeamFixture"/> with the product's modules and helpers for Focalboard's API v2, as its web app calls it.</summary>
public abstract class BoardsFixture : TeamFixture
{
    protected const string Root = "/plugins/focalboard/api/v2";

    private static readonly JsonSerializerOptions CamelCase = new(JsonSerializerDefaults.Web);

    /// <summary>Property ids of the board <see cref="CreateBoardAsync"/> makes.</summary>
    protected static class Props
    {
        public const string Status = "status";
        public const string Estimate = "estimate";
        public const string Due = "due";
        public const string Owner = "owner";
        public const string Tags = "tags";
        public const string Done = "done";
        public const string Link = "link";
        public const string Email = "email";
        public const string Created = "created";
    }

    /// <summary>Sends a request with Focalboard's CSRF header and a camelCase JSON body.</summary>
    protected static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object? body = null, bool xmlHttpRequest = true)
    {
        using var request = new HttpRequestMessage(method, Root + path);
        if (xmlHttpRequest)
        {
            request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        }

        if (body is not null)
        {
            request.Content = new StringContent(body is string raw ? raw : JsonSerializer.Serialize(body, CamelCase), Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }

    /// <summary>Sends and asserts the status; returns the JSON body.</summary>
    protected static async Task<JsonElement> CallAsync(HttpClient client, HttpMethod method, string path, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await SendAsync(client, method, path, body);
        return await response.ReadJsonAsync(expected);
    }

    /// <summary>Asserts Focalboard's error shape, <c>{"error": "...", "errorCode": status}</c>; returns the text.</summary>
    protected static async Task<string> ErrorAsync(HttpClient client, HttpMethod method, string path, object? body, HttpStatusCode expected)
    {
        using var response = await SendAsync(client, method, path, body);
        return await ReadErrorAsync(response, expected);
    }

    protected static async Task<string> ReadErrorAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var error = await response.ReadJsonAsync(expected);
        Assert.That(error.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "error", "errorCode" }), error.ToString());
        Assert.That(error.GetProperty("errorCode").GetInt32(), Is.EqualTo((int)expected));
        return error.GetProperty("error").GetString()!;
    }

    /// <summary>Creates a board as <paramref name="client"/>'s user with one property of most types; answers the board's JSON.</summary>
    protected async Task<JsonElement> CreateBoardAsync(HttpClient client, string type = "O", string minimumRole = "", string title = "Roadmap", string? teamId = null) =>
        await CallAsync(client, HttpMethod.Post, "/boards", new
        {
            teamId = teamId ?? TeamId,
            type,
            minimumRole,
            title,
            cardProperties = new object[]
            {
                new { id = Props.Status, name = "Status", type = "select", options = new[] { new { id = "todo", value = "To Do", color = "propColorGray" }, new { id = "doing", value = "Doing", color = "propColorBlue" } } },
                new { id = Props.Estimate, name = "Estimate", type = "number", options = Array.Empty<object>() },
                new { id = Props.Due, name = "Due", type = "date", options = Array.Empty<object>() },
                new { id = Props.Owner, name = "Owner", type = "person", options = Array.Empty<object>() },
                new { id = Props.Tags, name = "Tags", type = "multiSelect", options = new[] { new { id = "bug", value = "Bug", color = "propColorRed" }, new { id = "ux", value = "UX", color = "" } } },
                new { id = Props.Done, name = "Done", type = "checkbox", options = Array.Empty<object>() },
                new { id = Props.Link, name = "Link", type = "url", options = Array.Empty<object>() },
                new { id = Props.Email, name = "Contact", type = "email", options = Array.Empty<object>() },
                new { id = Props.Created, name = "Created", type = "createdTime", options = Array.Empty<object>() },
            },
        });

    protected static async Task<string> BoardIdAsync(Task<JsonElement> board) => (await board).GetProperty("id").GetString()!;

    /// <summary>Adds a team member to the board with a role, as its admin <paramref name="admin"/>.</summary>
    protected static Task<JsonElement> AddMemberAsync(HttpClient admin, string boardId, string userId, string role) =>
        CallAsync(admin, HttpMethod.Post, $"/boards/{boardId}/members", new
        {
            userId,
            schemeAdmin = role == "admin",
            schemeEditor = role is "admin" or "editor",
            schemeCommenter = role == "commenter",
            schemeViewer = role == "viewer",
        });

    /// <summary>Creates a card (200 expected) and answers its JSON.</summary>
    protected static Task<JsonElement> CreateCardAsync(HttpClient client, string boardId, string title = "Ship it", object? properties = null) =>
        CallAsync(client, HttpMethod.Post, $"/boards/{boardId}/cards", new { title, contentOrder = Array.Empty<string>(), properties = properties ?? new { } });

    protected static Task<JsonElement> BlocksAsync(HttpClient client, string boardId, string query = "") =>
        CallAsync(client, HttpMethod.Get, $"/boards/{boardId}/blocks{query}");

    /// <summary>A block for <c>POST /boards/{id}/blocks</c>.</summary>
    protected static Dictionary<string, object?> NewBlock(string boardId, string type, string parentId = "", string title = "", object? fields = null, string id = "") => new()
    {
        ["id"] = id,
        ["boardId"] = boardId,
        ["parentId"] = parentId,
        ["type"] = type,
        ["title"] = title,
        ["schema"] = 1,
        ["fields"] = fields ?? new { },
        ["createAt"] = 1,
        ["updateAt"] = 1,
    };

    protected static IEnumerable<string?> Ids(JsonElement array) => array.EnumerateArray().Select(e => e.GetProperty("id").GetString());
}
