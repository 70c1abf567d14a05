using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Platform.Tests.Identity;

public sealed class SignUpTests
{
    private SuiteTestServer _server = null!;
    private SuiteApi _api = null!;
    private HttpClient _anonymous = null!;
    private JsonElement _firstUser;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync();
        _api = new SuiteApi(_server);
        _anonymous = _api.Anonymous();
        using var response = await _anonymous.PostAsync("/api/v4/users", SuiteApi.Json(new { username = "founder", email = "founder@example.com", password = SuiteApi.DefaultPassword }));
        _firstUser = await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _anonymous.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public void SignUp_FirstUserEver_BecomesSystemAdmin()
    {
        Assert.That(_firstUser.GetProperty("roles").GetString(), Is.EqualTo("system_admin system_user"));
    }

    [Test]
    public async Task SignUp_AfterTheFirstUser_IsPlainSystemUser()
    {
        var user = await _api.SignUpAsync();

        Assert.That(user.Roles, Is.EqualTo("system_user"));
    }

    [Test]
    public async Task SignUp_Returns201WithSanitisedMattermostUser()
    {
        var username = SuiteApi.UniqueName();
        using var response = await _anonymous.PostAsync("/api/v4/users", SuiteApi.Json(new
        {
            username,
            email = $"{username}@Example.com",
            password = SuiteApi.DefaultPassword,
            first_name = "Ada",
            last_name = "Lovelace",
            nickname = "ada",
        }));

        var user = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(user.GetProperty("id").GetString(), Has.Length.EqualTo(26));
            Assert.That(user.GetProperty("username").GetString(), Is.EqualTo(username));
            Assert.That(user.GetProperty("email").GetString(), Is.EqualTo($"{username}@example.com"), "emails are stored lower-case");
            Assert.That(user.GetProperty("first_name").GetString(), Is.EqualTo("Ada"));
            Assert.That(user.GetProperty("last_name").GetString(), Is.EqualTo("Lovelace"));
            Assert.That(user.GetProperty("nickname").GetString(), Is.EqualTo("ada"));
            Assert.That(user.GetProperty("create_at").GetInt64(), Is.GreaterThan(1_600_000_000_000), "milliseconds since the epoch");
            Assert.That(user.GetProperty("update_at").GetInt64(), Is.EqualTo(user.GetProperty("create_at").GetInt64()));
            Assert.That(user.GetProperty("delete_at").GetInt64(), Is.Zero);
            Assert.That(user.GetProperty("auth_data").GetString(), Is.Empty);
            Assert.That(user.GetProperty("auth_service").GetString(), Is.Empty);
            Assert.That(user.GetProperty("locale").GetString(), Is.EqualTo("en"));
            Assert.That(user.GetProperty("disable_welcome_email").GetBoolean(), Is.False);
            Assert.That(user.TryGetProperty("password", out _), Is.False, "the password never leaves the server");
            Assert.That(user.GetProperty("notify_props").GetProperty("desktop").GetString(), Is.EqualTo("mention"));
            Assert.That(user.GetProperty("notify_props").GetProperty("email").GetString(), Is.EqualTo("true"));
            Assert.That(user.GetProperty("notify_props").GetProperty("push_status").GetString(), Is.EqualTo("away"));
            Assert.That(user.GetProperty("notify_props").GetProperty("comments").GetString(), Is.EqualTo("never"));
            Assert.That(user.GetProperty("timezone").GetProperty("useAutomaticTimezone").GetString(), Is.EqualTo("true"));
            Assert.That(user.GetProperty("timezone").GetProperty("manualTimezone").GetString(), Is.Empty);
        });
    }

    [Test]
    public async Task SignUp_StoresOnlyAPasswordHash()
    {
        var user = await _api.SignUpAsync(password: "a-memorable-secret");

        var stored = await _server.ScalarAsync<string>("SELECT password_hash FROM platform.users WHERE id = @id", ("id", user.Id));

        Assert.That(stored, Does.Not.Contain("a-memorable-secret"));
        Assert.That(stored, Has.Length.GreaterThan(40));
    }

    [Test]
    public async Task SignUp_WithUpperCaseUsername_StoresItLowerCase()
    {
        var name = SuiteApi.UniqueName("Mixed");

        var user = await _api.SignUpAsync(username: name);

        using var response = await _anonymous.PostAsync("/api/v4/users/login", SuiteApi.Json(new { login_id = name.ToLowerInvariant(), password = user.Password }));
        var loggedIn = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(loggedIn.GetProperty("username").GetString(), Is.EqualTo(name.ToLowerInvariant()));
    }

    [TestCase("ab", Description = "shorter than 3")]
    [TestCase("abcdefghijklmnopqrstuvw", Description = "longer than 22")]
    [TestCase("1abc", Description = "starts with a digit")]
    [TestCase("_abc", Description = "starts with a symbol")]
    [TestCase("all")]
    [TestCase("channel")]
    [TestCase("matterbot")]
    [TestCase("system")]
    [TestCase("bad name")]
    [TestCase("bad!name")]
    [TestCase("bad+name")]
    [TestCase("ünïcode")]
    [TestCase("")]
    public async Task SignUp_WithInvalidUsername_Returns400AndCreatesNothing(string username)
    {
        var before = await CountUsersAsync();

        using var response = await _anonymous.PostAsync("/api/v4/users", SuiteApi.Json(new { username, email = $"{SuiteApi.UniqueName()}@example.com", password = SuiteApi.DefaultPassword }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "model.user.is_valid.username.app_error");
        Assert.That(await CountUsersAsync(), Is.EqualTo(before));
    }

    [TestCase("abc")]
    [TestCase("a.b-c_d")]
    [TestCase("abcdefghijklmnopqrstuv", Description = "exactly 22")]
    public async Task SignUp_WithValidUsername_Returns201(string prefix)
    {
        var username = prefix.Length >= 22 ? prefix : prefix + SuiteApi.UniqueName("x")[..Math.Min(10, 22 - prefix.Length)];

        var user = await _api.SignUpAsync(username: username);

        Assert.That(user.Username, Is.EqualTo(username));
    }

    [TestCase("notanemail")]
    [TestCase("missing-domain@")]
    [TestCase("@missing-local.com")]
    [TestCase("two words@example.com")]
    [TestCase("Name <name@example.com>")]
    [TestCase("")]
    public async Task SignUp_WithInvalidEmail_Returns400(string email)
    {
        using var response = await _anonymous.PostAsync("/api/v4/users", SuiteApi.Json(new { username = SuiteApi.UniqueName(), email, password = SuiteApi.DefaultPassword }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "model.user.is_valid.email.app_error");
    }

    [TestCase("")]
    [TestCase("1234567")]
    public async Task SignUp_WithPasswordShorterThanEight_Returns400(string password)
    {
        using var response = await _anonymous.PostAsync("/api/v4/users", SuiteApi.Json(new { username = SuiteApi.UniqueName(), email = $"{SuiteApi.UniqueName()}@example.com", password }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "model.user.is_valid.pwd_length.app_error");
    }

    [Test]
    public async Task SignUp_WithPasswordOfExactlyEight_Returns201()
    {
        var user = await _api.SignUpAsync(password: "12345678");

        Assert.That(user.Id, Has.Length.EqualTo(26));
    }

    [Test]
    public async Task SignUp_WithTakenUsername_Returns400UsernameExists()
    {
        var existing = await _api.SignUpAsync();

        using var response = await _anonymous.PostAsync("/api/v4/users", SuiteApi.Json(new { username = existing.Username.ToUpperInvariant(), email = $"{SuiteApi.UniqueName()}@example.com", password = SuiteApi.DefaultPassword }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "app.user.save.username_exists.app_error");
    }

    [Test]
    public async Task SignUp_WithTakenEmailInOtherCase_Returns400EmailExists()
    {
        var existing = await _api.SignUpAsync();

        using var response = await _anonymous.PostAsync("/api/v4/users", SuiteApi.Json(new { username = SuiteApi.UniqueName(), email = existing.Email.ToUpperInvariant(), password = SuiteApi.DefaultPassword }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "app.user.save.email_exists.app_error");
    }

    [Test]
    public async Task SignUp_AskingForAdminRole_StillGetsPlainUser()
    {
        var username = SuiteApi.UniqueName();

        using var response = await _anonymous.PostAsync("/api/v4/users", SuiteApi.Json(new { username, email = $"{username}@example.com", password = SuiteApi.DefaultPassword, roles = "system_admin system_user" }));

        var user = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.That(user.GetProperty("roles").GetString(), Is.EqualTo("system_user"));
    }

    [TestCase("{", Description = "truncated")]
    [TestCase("not json", Description = "not JSON")]
    [TestCase("null", Description = "null body")]
    [TestCase("", Description = "empty body")]
    [TestCase("[]", Description = "array instead of object")]
    [TestCase("{\"username\":5,\"email\":\"n@example.com\",\"password\":\"12345678\"}", Description = "number for a string")]
    [TestCase("{\"username\":\"typed\",\"email\":[\"n@example.com\"],\"password\":\"12345678\"}", Description = "array for a string")]
    public async Task SignUp_WithMalformedJson_Returns400AndCreatesNothing(string body)
    {
        var before = await CountUsersAsync();

        using var response = await _anonymous.PostAsync("/api/v4/users", SuiteApi.Raw(body));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "api.context.invalid_body_param.app_error");
        Assert.That(await CountUsersAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task SignUp_WithOversizedBody_Returns400AndCreatesNothing()
    {
        var before = await CountUsersAsync();
        var body = $"{{\"username\":\"{SuiteApi.UniqueName()}\",\"email\":\"big@example.com\",\"password\":\"12345678\",\"nickname\":\"{new string('x', 2 * 1024 * 1024)}\"}}";

        using var response = await _anonymous.PostAsync("/api/v4/users", SuiteApi.Raw(body));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "api.context.request_body_too_large.app_error");
        Assert.That(await CountUsersAsync(), Is.EqualTo(before));
    }

    private Task<long> CountUsersAsync() => _server.ScalarAsync<long>("SELECT count(*) FROM platform.users");
}
