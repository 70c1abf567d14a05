using System.Net;
using Suite.Testing;

namespace Suite.Platform.Tests.Identity;

public sealed class LoginRateLimitPerAccountTests
{
    private const int PerAccount = 3;

    private SuiteTestServer _server = null!;
    private SuiteApi _api = null!;
    private HttpClient _anonymous = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Suite:RateLimits:LoginPerAccountPerMinute"] = PerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Suite:RateLimits:LoginPerAddressPerMinute"] = "1000",
            ["Suite:Users:PasswordMinimumLength"] = "12",
        });
        _api = new SuiteApi(_server);
        _anonymous = _api.Anonymous();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _anonymous.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Login_AfterTheConfiguredAttemptsForOneAccount_Returns429EvenWithTheRightPassword()
    {
        var target = await _api.SignUpAsync();
        var bystander = await _api.SignUpAsync();
        for (var attempt = 0; attempt < PerAccount; attempt++)
        {
            using var wrong = await LoginAsync(target.Username, "wrong-password-guess");
            await wrong.ReadErrorAsync(HttpStatusCode.Unauthorized);
        }

        using var blocked = await LoginAsync(target.Username, target.Password);
        using var blockedInOtherCase = await LoginAsync(target.Username.ToUpperInvariant(), target.Password);
        using var other = await LoginAsync(bystander.Username, bystander.Password);

        await blocked.ReadErrorAsync(HttpStatusCode.TooManyRequests, "api.user.login.rate_limited.app_error");
        await blockedInOtherCase.ReadErrorAsync(HttpStatusCode.TooManyRequests);
        await other.ReadJsonAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task SignUp_WithPasswordShorterThanTheConfiguredMinimum_Returns400()
    {
        var username = SuiteApi.UniqueName();

        using var response = await _anonymous.PostAsync("/api/v4/users", SuiteApi.Json(new { username, email = $"{username}@example.com", password = "eleven-char" }));

        var error = await response.ReadErrorAsync(HttpStatusCode.BadRequest, "model.user.is_valid.pwd_length.app_error");
        Assert.That(error.GetProperty("message").GetString(), Does.Contain("12"));
    }

    private Task<HttpResponseMessage> LoginAsync(string loginId, string password) =>
        _anonymous.PostAsync("/api/v4/users/login", SuiteApi.Json(new { login_id = loginId, password }));
}

public sealed class LoginRateLimitPerAddressTests
{
    private const int PerAddress = 4;

    private SuiteTestServer _server = null!;
    private HttpClient _anonymous = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Suite:RateLimits:LoginPerAccountPerMinute"] = "1000",
            ["Suite:RateLimits:LoginPerAddressPerMinute"] = PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        _anonymous = new SuiteApi(_server).Anonymous();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _anonymous.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Login_AfterTheConfiguredAttemptsFromOneAddress_Returns429ForEveryAccount()
    {
        for (var attempt = 0; attempt < PerAddress; attempt++)
        {
            using var response = await LoginAsync(SuiteApi.UniqueName());
            await response.ReadErrorAsync(HttpStatusCode.Unauthorized);
        }

        using var blocked = await LoginAsync(SuiteApi.UniqueName());

        await blocked.ReadErrorAsync(HttpStatusCode.TooManyRequests, "api.user.login.rate_limited.app_error");
    }

    private Task<HttpResponseMessage> LoginAsync(string loginId) =>
        _anonymous.PostAsync("/api/v4/users/login", SuiteApi.Json(new { login_id = loginId, password = "some-password" }));
}
