using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Suite.Testing;

/// <summary>
/// Calls a <see cref="SuiteTestServer"/> the way a Mattermost client does: snake_case JSON bodies,
/// sign-up, login with a Bearer token, teams. Helpers assert the status they expect.
/// </summary>
public sealed class SuiteApi(SuiteTestServer server)
{
    /// <summary>The password every helper-made account gets unless told otherwise.</summary>
    public const string DefaultPassword = "correct-horse-battery";

    private static readonly JsonSerializerOptions SnakeCase = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The server called.</summary>
    public SuiteTestServer Server { get; } = server;

    /// <summary>A fresh valid username (a letter, then 13 lower-case hex digits).</summary>
    public static string UniqueName(string prefix = "u") => prefix + Guid.NewGuid().ToString("N")[..13];

    /// <summary>A JSON body with snake_case property names, as Mattermost expects.</summary>
    public static StringContent Json(object body) => new(JsonSerializer.Serialize(body, SnakeCase), Encoding.UTF8, "application/json");

    /// <summary>A raw body, for malformed JSON.</summary>
    public static StringContent Raw(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>
    /// A client with no credentials that keeps no cookies (tests that need a cookie session send the
    /// <c>Cookie</c> header themselves); the caller disposes it.
    /// </summary>
    public HttpClient Anonymous() =>
        new(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = Server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>A client sending <c>Authorization: Bearer token</c>; the caller disposes it.</summary>
    public HttpClient WithToken(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Signs up a new account (201 expected) and returns it.</summary>
    public async Task<TestUser> SignUpAsync(string? username = null, string? password = null, string? email = null)
    {
        username ??= UniqueName();
        password ??= DefaultPassword;
        email ??= $"{username}@example.com";
        using var client = Anonymous();
        using var response = await client.PostAsync("/api/v4/users", Json(new { username, email, password }));
        var user = await response.ReadJsonAsync(HttpStatusCode.Created);
        return new TestUser(user.GetProperty("id").GetString()!, username.ToLowerInvariant(), email.ToLowerInvariant(), password, user.GetProperty("roles").GetString()!);
    }

    /// <summary>Logs in (200 expected) and returns the session token from the <c>Token</c> header.</summary>
    public async Task<string> LoginTokenAsync(string loginId, string password = DefaultPassword)
    {
        using var client = Anonymous();
        using var response = await client.PostAsync("/api/v4/users/login", Json(new { login_id = loginId, password }));
        await response.ReadJsonAsync(HttpStatusCode.OK);
        return response.Headers.GetValues("Token").Single();
    }

    /// <summary>Logs in and returns a client carrying the session as a Bearer token; the caller disposes it.</summary>
    public async Task<HttpClient> LoginAsync(string loginId, string password = DefaultPassword) =>
        WithToken(await LoginTokenAsync(loginId, password));

    /// <summary>Signs up a new account and logs it in. On a fresh server the first one is the system admin.</summary>
    public async Task<SignedInUser> SignUpAndLoginAsync(string? username = null)
    {
        var user = await SignUpAsync(username);
        var token = await LoginTokenAsync(user.Username, user.Password);
        return new SignedInUser(user, token, WithToken(token));
    }

    /// <summary>Creates a team as <paramref name="client"/>'s user (201 expected) and returns its JSON.</summary>
    public static async Task<JsonElement> CreateTeamAsync(HttpClient client, string? name = null, string type = "O")
    {
        ArgumentNullException.ThrowIfNull(client);
        name ??= UniqueName("t");
        using var response = await client.PostAsync("/api/v4/teams", Json(new { name, display_name = $"Team {name}", type }));
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    /// <summary>Adds <paramref name="userId"/> to the team as <paramref name="client"/>'s user (201 expected).</summary>
    public static async Task<JsonElement> AddToTeamAsync(HttpClient client, string teamId, string userId)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostAsync($"/api/v4/teams/{teamId}/members", Json(new { team_id = teamId, user_id = userId }));
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }
}

/// <summary>An account made by <see cref="SuiteApi"/>.</summary>
/// <param name="Id">User id.</param>
/// <param name="Username">Username as stored (lower-case).</param>
/// <param name="Email">Email as stored (lower-case).</param>
/// <param name="Password">The password it was created with.</param>
/// <param name="Roles">System roles at creation.</param>
public sealed record TestUser(string Id, string Username, string Email, string Password, string Roles);

/// <summary>An account with a live session and a client using it.</summary>
/// <param name="User">The account.</param>
/// <param name="Token">The session token.</param>
/// <param name="Client">A client sending the token as Bearer.</param>
public sealed record SignedInUser(TestUser User, string Token, HttpClient Client) : IDisposable
{
    /// <summary>The user's id.</summary>
    public string Id => User.Id;

    /// <summary>Disposes the client.</summary>
    public void Dispose() => Client.Dispose();
}
