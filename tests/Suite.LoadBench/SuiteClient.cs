using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Suite.LoadBench;

/// <summary>A user made for the run, with its session token.</summary>
internal sealed record BenchUser(string Id, string Username, string Token);

/// <summary>The Mattermost API calls the run needs to set itself up, over one pooled keep-alive client.</summary>
internal sealed class SuiteClient(Uri baseAddress) : IDisposable
{
    public const string Password = "bench-password-1";

    private static readonly JsonSerializerOptions SnakeCase = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly HttpClient _http = new(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 64 })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public Uri BaseAddress => baseAddress;

    public static StringContent Json(object body) => new(JsonSerializer.Serialize(body, SnakeCase), Encoding.UTF8, "application/json");

    /// <summary>A client of its own (one keep-alive connection per simulated user) sending the token.</summary>
    public HttpClient ClientFor(string? token)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>Signs up and logs in <paramref name="username"/>.</summary>
    public async Task<BenchUser> SignUpAndLoginAsync(string username, CancellationToken cancellationToken)
    {
        using var signUp = await _http.PostAsync("/api/v4/users", Json(new { Username = username, Email = $"{username}@example.com", Password }), cancellationToken);
        var user = await ReadAsync(signUp, HttpStatusCode.Created, cancellationToken);
        using var login = await _http.PostAsync("/api/v4/users/login", Json(new { LoginId = username, Password }), cancellationToken);
        await ReadAsync(login, HttpStatusCode.OK, cancellationToken);
        return new BenchUser(user.GetProperty("id").GetString()!, username, login.Headers.GetValues("Token").Single());
    }

    public async Task<string> CreateTeamAsync(BenchUser admin, string name, CancellationToken cancellationToken) =>
        (await SendAsync(admin, "/api/v4/teams", new { Name = name, DisplayName = name, Type = "O" }, HttpStatusCode.Created, cancellationToken)).GetProperty("id").GetString()!;

    public Task AddToTeamAsync(BenchUser admin, string teamId, string userId, CancellationToken cancellationToken) =>
        SendAsync(admin, $"/api/v4/teams/{teamId}/members", new { TeamId = teamId, UserId = userId }, HttpStatusCode.Created, cancellationToken);

    public async Task<string> CreateChannelAsync(BenchUser admin, string teamId, string name, CancellationToken cancellationToken) =>
        (await SendAsync(admin, "/api/v4/channels", new { TeamId = teamId, Name = name, DisplayName = name, Type = "O" }, HttpStatusCode.Created, cancellationToken)).GetProperty("id").GetString()!;

    public Task AddToChannelAsync(BenchUser admin, string channelId, IReadOnlyList<string> userIds, CancellationToken cancellationToken) =>
        SendAsync(admin, $"/api/v4/channels/{channelId}/members", new { UserIds = userIds }, HttpStatusCode.Created, cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task<JsonElement> SendAsync(BenchUser user, string path, object body, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        using var response = await _http.SendAsync(request, cancellationToken);
        return await ReadAsync(response, expected, cancellationToken);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
