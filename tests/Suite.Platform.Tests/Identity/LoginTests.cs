using System.Net;
using System.Security.Cryptography;
using System.Text;
using Suite.Testing;

namespace Suite.Platform.Tests.Identity;

public sealed class LoginTests
{
    private SuiteTestServer _server = null!;
    private SuiteApi _api = null!;
    private HttpClient _anonymous = null!;
    private TestUser _user = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync();
        _api = new SuiteApi(_server);
        _anonymous = _api.Anonymous();
        await _api.SignUpAsync();
        _user = await _api.SignUpAsync();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _anonymous.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Login_ByUsername_Returns200WithUserAndUsableTokenHeader()
    {
        using var response = await _anonymous.PostAsync("/api/v4/users/login", SuiteApi.Json(new { login_id = _user.Username, password = _user.Password, token = "", deviceId = "" }));

        var user = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(user.GetProperty("id").GetString(), Is.EqualTo(_user.Id));
        Assert.That(user.TryGetProperty("password", out _), Is.False);
        var token = response.Headers.GetValues("Token").Single();
        Assert.That(token, Has.Length.EqualTo(26));
        using var client = _api.WithToken(token);
        using var me = await client.GetAsync("/api/v4/users/me");
        Assert.That((await me.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString(), Is.EqualTo(_user.Id));
    }

    [Test]
    public async Task Login_ByEmailInAnyCase_Returns200()
    {
        using var response = await _anonymous.PostAsync("/api/v4/users/login", SuiteApi.Json(new { login_id = _user.Email.ToUpperInvariant(), password = _user.Password }));

        var user = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(user.GetProperty("id").GetString(), Is.EqualTo(_user.Id));
    }

    [Test]
    public async Task Login_ById_Returns200()
    {
        using var response = await _anonymous.PostAsync("/api/v4/users/login", SuiteApi.Json(new { id = _user.Id, password = _user.Password }));

        var user = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(user.GetProperty("username").GetString(), Is.EqualTo(_user.Username));
    }

    [Test]
    public async Task Login_WithWrongPassword_Returns401()
    {
        using var response = await _anonymous.PostAsync("/api/v4/users/login", SuiteApi.Json(new { login_id = _user.Username, password = "not-the-password" }));

        await response.ReadErrorAsync(HttpStatusCode.Unauthorized, "api.user.login.invalid_credentials_email_username");
        Assert.That(response.Headers.Contains("Token"), Is.False);
    }

    [Test]
    public async Task Login_WithUnknownAccount_Returns401LikeAWrongPassword()
    {
        using var response = await _anonymous.PostAsync("/api/v4/users/login", SuiteApi.Json(new { login_id = "nobody-here", password = "whatever-it-is" }));

        await response.ReadErrorAsync(HttpStatusCode.Unauthorized, "api.user.login.invalid_credentials_email_username");
    }

    [Test]
    public async Task Login_WithBlankPassword_Returns400()
    {
        using var response = await _anonymous.PostAsync("/api/v4/users/login", SuiteApi.Json(new { login_id = _user.Username, password = "" }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "api.user.login.blank_pwd.app_error");
    }

    [TestCase("{")]
    [TestCase("{\"login_id\":1,\"password\":\"x\"}")]
    public async Task Login_WithMalformedJson_Returns400(string body)
    {
        using var response = await _anonymous.PostAsync("/api/v4/users/login", SuiteApi.Raw(body));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "api.context.invalid_body_param.app_error");
    }

    [Test]
    public async Task Login_StoresOnlyTheTokensHash()
    {
        var token = await _api.LoginTokenAsync(_user.Username, _user.Password);

        var byHash = await _server.ScalarAsync<long>("SELECT count(*) FROM platform.sessions WHERE token_hash = @hash", ("hash", SHA256.HashData(Encoding.UTF8.GetBytes(token))));
        var byValue = await _server.ScalarAsync<long>(
            "SELECT count(*) FROM platform.sessions WHERE id = @token OR csrf_token = @token OR encode(token_hash, 'escape') LIKE '%' || @token || '%'", ("token", token));

        Assert.That(byHash, Is.EqualTo(1));
        Assert.That(byValue, Is.Zero);
    }

    [Test]
    public async Task Login_FromTheBrowser_SetsMattermostCookies()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v4/users/login") { Content = SuiteApi.Json(new { login_id = _user.Username, password = _user.Password }) };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");

        using var response = await _anonymous.SendAsync(request);

        await response.ReadJsonAsync(HttpStatusCode.OK);
        var cookies = Cookies(response);
        var token = response.Headers.GetValues("Token").Single();
        Assert.Multiple(() =>
        {
            Assert.That(cookies["MMAUTHTOKEN"], Does.StartWith($"MMAUTHTOKEN={token};"));
            Assert.That(cookies["MMAUTHTOKEN"], Does.Contain("httponly").IgnoreCase);
            Assert.That(cookies["MMAUTHTOKEN"], Does.Contain("max-age=2592000").IgnoreCase, "720 hours by default");
            Assert.That(cookies["MMAUTHTOKEN"], Does.Contain("path=/").IgnoreCase);
            Assert.That(cookies["MMUSERID"], Does.StartWith($"MMUSERID={_user.Id};"));
            Assert.That(cookies["MMUSERID"], Does.Not.Contain("httponly").IgnoreCase);
            Assert.That(cookies["MMCSRF"], Does.Match("^MMCSRF=[a-z0-9]{26};"));
            Assert.That(cookies["MMCSRF"], Does.Not.Contain("httponly").IgnoreCase);
        });
    }

    [Test]
    public async Task Login_WithoutRequestedWithHeader_SetsNoCookies()
    {
        using var response = await _anonymous.PostAsync("/api/v4/users/login", SuiteApi.Json(new { login_id = _user.Username, password = _user.Password }));

        await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(response.Headers.Contains("Set-Cookie"), Is.False);
    }

    [Test]
    public async Task CookieSession_GetWithoutCsrfHeader_IsAllowed()
    {
        var (token, _) = await BrowserLoginAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v4/users/me");
        request.Headers.Add("Cookie", $"MMAUTHTOKEN={token}");

        using var response = await _anonymous.SendAsync(request);

        Assert.That((await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString(), Is.EqualTo(_user.Id));
    }

    [Test]
    public async Task CookieSession_PutWithoutCsrfTokenOrRequestedWith_Returns401AndChangesNothing()
    {
        var (token, _) = await BrowserLoginAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v4/users/me/patch") { Content = SuiteApi.Json(new { nickname = "forged" }) };
        request.Headers.Add("Cookie", $"MMAUTHTOKEN={token}");

        using var response = await _anonymous.SendAsync(request);

        await response.ReadErrorAsync(HttpStatusCode.Unauthorized, "api.context.session_expired.app_error");
        Assert.That(await _server.ScalarAsync<string>("SELECT nickname FROM platform.users WHERE id = @id", ("id", _user.Id)), Is.Not.EqualTo("forged"));
    }

    [Test]
    public async Task CookieSession_PutWithMatchingCsrfToken_IsAllowed()
    {
        var (token, csrf) = await BrowserLoginAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v4/users/me/patch") { Content = SuiteApi.Json(new { position = "with-csrf" }) };
        request.Headers.Add("Cookie", $"MMAUTHTOKEN={token}");
        request.Headers.Add("X-CSRF-Token", csrf);

        using var response = await _anonymous.SendAsync(request);

        Assert.That((await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("position").GetString(), Is.EqualTo("with-csrf"));
    }

    [Test]
    public async Task CookieSession_PutWithWrongCsrfTokenAndNoRequestedWith_Returns401()
    {
        var (token, _) = await BrowserLoginAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v4/users/me/patch") { Content = SuiteApi.Json(new { position = "wrong-csrf" }) };
        request.Headers.Add("Cookie", $"MMAUTHTOKEN={token}");
        request.Headers.Add("X-CSRF-Token", "a-guess");

        using var response = await _anonymous.SendAsync(request);

        await response.ReadErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task CookieSession_PutWithRequestedWithHeader_IsAllowedAsInMattermost()
    {
        var (token, _) = await BrowserLoginAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v4/users/me/patch") { Content = SuiteApi.Json(new { position = "xhr" }) };
        request.Headers.Add("Cookie", $"MMAUTHTOKEN={token}");
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");

        using var response = await _anonymous.SendAsync(request);

        Assert.That((await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("position").GetString(), Is.EqualTo("xhr"));
    }

    [Test]
    public async Task Logout_EndsTheSessionAndClearsTheCookie()
    {
        var token = await _api.LoginTokenAsync(_user.Username, _user.Password);
        using var client = _api.WithToken(token);

        using var logout = await client.PostAsync("/api/v4/users/logout", null);

        var body = await logout.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("OK"));
        Assert.That(Cookies(logout)["MMAUTHTOKEN"], Does.Contain("expires=Thu, 01 Jan 1970").IgnoreCase);
        using var me = await client.GetAsync("/api/v4/users/me");
        await me.ReadErrorAsync(HttpStatusCode.Unauthorized, "api.context.session_expired.app_error");
    }

    [Test]
    public async Task Logout_EndsOnlyThatSession()
    {
        using var first = await _api.LoginAsync(_user.Username, _user.Password);
        using var second = await _api.LoginAsync(_user.Username, _user.Password);

        using var logout = await first.PostAsync("/api/v4/users/logout", null);
        await logout.ReadJsonAsync(HttpStatusCode.OK);

        using var me = await second.GetAsync("/api/v4/users/me");
        await me.ReadJsonAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task Login_WithSameDeviceId_ReplacesThatDevicesSession()
    {
        var device = Guid.NewGuid().ToString("N");
        using var firstResponse = await _anonymous.PostAsync("/api/v4/users/login", SuiteApi.Json(new { login_id = _user.Username, password = _user.Password, device_id = device }));
        await firstResponse.ReadJsonAsync(HttpStatusCode.OK);
        using var secondResponse = await _anonymous.PostAsync("/api/v4/users/login", SuiteApi.Json(new { login_id = _user.Username, password = _user.Password, device_id = device }));
        await secondResponse.ReadJsonAsync(HttpStatusCode.OK);

        using var first = _api.WithToken(firstResponse.Headers.GetValues("Token").Single());
        using var second = _api.WithToken(secondResponse.Headers.GetValues("Token").Single());
        using var firstMe = await first.GetAsync("/api/v4/users/me");
        using var secondMe = await second.GetAsync("/api/v4/users/me");

        await firstMe.ReadErrorAsync(HttpStatusCode.Unauthorized);
        await secondMe.ReadJsonAsync(HttpStatusCode.OK);
    }

    [TestCase("not-a-session-token")]
    [TestCase("ybndrfg8ejkmcpqxot1uwisza3")]
    public async Task Request_WithUnknownToken_Returns401(string token)
    {
        using var client = _api.WithToken(token);

        using var response = await client.GetAsync("/api/v4/users/me");

        await response.ReadErrorAsync(HttpStatusCode.Unauthorized, "api.context.session_expired.app_error");
    }

    [Test]
    public async Task CookieSession_AfterLogout_Returns401AndClearsTheDeadCookie()
    {
        var (token, csrf) = await BrowserLoginAsync();
        using var logout = new HttpRequestMessage(HttpMethod.Post, "/api/v4/users/logout");
        logout.Headers.Add("Cookie", $"MMAUTHTOKEN={token}");
        logout.Headers.Add("X-CSRF-Token", csrf);
        using var loggedOut = await _anonymous.SendAsync(logout);
        await loggedOut.ReadJsonAsync(HttpStatusCode.OK);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v4/users/me");
        request.Headers.Add("Cookie", $"MMAUTHTOKEN={token}");

        using var response = await _anonymous.SendAsync(request);

        await response.ReadErrorAsync(HttpStatusCode.Unauthorized, "api.context.session_expired.app_error");
        Assert.That(Cookies(response)["MMAUTHTOKEN"], Does.StartWith("MMAUTHTOKEN=;").And.Contain("expires=Thu, 01 Jan 1970").IgnoreCase);
    }

    private async Task<(string Token, string Csrf)> BrowserLoginAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v4/users/login") { Content = SuiteApi.Json(new { login_id = _user.Username, password = _user.Password }) };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        using var response = await _anonymous.SendAsync(request);
        await response.ReadJsonAsync(HttpStatusCode.OK);
        var cookies = Cookies(response);
        return (CookieValue(cookies["MMAUTHTOKEN"]), CookieValue(cookies["MMCSRF"]));
    }

    private static Dictionary<string, string> Cookies(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").ToDictionary(c => c[..c.IndexOf('=', StringComparison.Ordinal)]);

    private static string CookieValue(string setCookie) => setCookie[(setCookie.IndexOf('=', StringComparison.Ordinal) + 1)..setCookie.IndexOf(';', StringComparison.Ordinal)];
}
