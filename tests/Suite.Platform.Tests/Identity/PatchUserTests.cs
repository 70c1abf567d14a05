using System.Net;
using Suite.Testing;

namespace Suite.Platform.Tests.Identity;

public sealed class PatchUserTests
{
    private SuiteTestServer _server = null!;
    private SuiteApi _api = null!;
    private SignedInUser _admin = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync();
        _api = new SuiteApi(_server);
        _admin = await _api.SignUpAndLoginAsync();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _admin.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task PatchMe_ChangesOnlyTheGivenFields()
    {
        using var user = await _api.SignUpAndLoginAsync();
        using var first = await user.Client.PutAsync("/api/v4/users/me/patch", SuiteApi.Json(new { first_name = "Ada", props = new Dictionary<string, string> { ["team"] = "core" } }));
        await first.ReadJsonAsync(HttpStatusCode.OK);

        using var second = await user.Client.PutAsync("/api/v4/users/me/patch", SuiteApi.Json(new { nickname = "countess", timezone = new Dictionary<string, string> { ["useAutomaticTimezone"] = "false", ["manualTimezone"] = "Europe/London" } }));

        var patched = await second.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(patched.GetProperty("nickname").GetString(), Is.EqualTo("countess"));
            Assert.That(patched.GetProperty("first_name").GetString(), Is.EqualTo("Ada"), "untouched by the second patch");
            Assert.That(patched.GetProperty("props").GetProperty("team").GetString(), Is.EqualTo("core"));
            Assert.That(patched.GetProperty("timezone").GetProperty("manualTimezone").GetString(), Is.EqualTo("Europe/London"));
            Assert.That(patched.GetProperty("update_at").GetInt64(), Is.GreaterThanOrEqualTo(patched.GetProperty("create_at").GetInt64()));
            Assert.That(patched.GetProperty("username").GetString(), Is.EqualTo(user.User.Username));
        });
    }

    [Test]
    public async Task PatchUser_SomeoneElse_AsPlainUser_Returns403AndChangesNothing()
    {
        using var mallory = await _api.SignUpAndLoginAsync();
        var victim = await _api.SignUpAsync();

        using var response = await mallory.Client.PutAsync($"/api/v4/users/{victim.Id}/patch", SuiteApi.Json(new { nickname = "pwned" }));

        await response.ReadErrorAsync(HttpStatusCode.Forbidden, "api.context.permissions.app_error");
        Assert.That(await _server.ScalarAsync<string>("SELECT nickname FROM platform.users WHERE id = @id", ("id", victim.Id)), Is.Empty);
    }

    [Test]
    public async Task PatchUser_SomeoneElse_AsSystemAdmin_Succeeds()
    {
        var user = await _api.SignUpAsync();

        using var response = await _admin.Client.PutAsync($"/api/v4/users/{user.Id}/patch", SuiteApi.Json(new { position = "Engineer" }));

        Assert.That((await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("position").GetString(), Is.EqualTo("Engineer"));
    }

    [Test]
    public async Task PatchMe_CannotChangePasswordOrRoles()
    {
        using var user = await _api.SignUpAndLoginAsync();

        using var response = await user.Client.PutAsync("/api/v4/users/me/patch", SuiteApi.Json(new { password = "a-brand-new-password", roles = "system_admin system_user", nickname = "n" }));

        Assert.That((await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("roles").GetString(), Is.EqualTo("system_user"));
        using var anonymous = _api.Anonymous();
        using var withNew = await anonymous.PostAsync("/api/v4/users/login", SuiteApi.Json(new { login_id = user.User.Username, password = "a-brand-new-password" }));
        await withNew.ReadErrorAsync(HttpStatusCode.Unauthorized);
        using var withOld = await anonymous.PostAsync("/api/v4/users/login", SuiteApi.Json(new { login_id = user.User.Username, password = user.User.Password }));
        await withOld.ReadJsonAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task PatchMe_ToATakenUsername_Returns400()
    {
        using var user = await _api.SignUpAndLoginAsync();
        var other = await _api.SignUpAsync();

        using var response = await user.Client.PutAsync("/api/v4/users/me/patch", SuiteApi.Json(new { username = other.Username }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "app.user.save.username_exists.app_error");
    }

    [Test]
    public async Task PatchMe_ToAnInvalidUsername_Returns400()
    {
        using var user = await _api.SignUpAndLoginAsync();

        using var response = await user.Client.PutAsync("/api/v4/users/me/patch", SuiteApi.Json(new { username = "system" }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "model.user.is_valid.username.app_error");
    }

    [Test]
    public async Task PatchMe_ChangingEmailWithTheRightPassword_Succeeds()
    {
        using var user = await _api.SignUpAndLoginAsync();
        var email = $"{SuiteApi.UniqueName()}@example.org";

        using var response = await user.Client.PutAsync("/api/v4/users/me/patch", SuiteApi.Json(new { email, password = user.User.Password }));

        Assert.That((await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("email").GetString(), Is.EqualTo(email));
    }

    [Test]
    public async Task PatchMe_ChangingEmailWithoutThePassword_Returns400()
    {
        using var user = await _api.SignUpAndLoginAsync();

        using var response = await user.Client.PutAsync("/api/v4/users/me/patch", SuiteApi.Json(new { email = $"{SuiteApi.UniqueName()}@example.org" }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "api.context.invalid_body_param.app_error");
    }

    [Test]
    public async Task PatchMe_ChangingEmailWithAWrongPassword_Returns401AndKeepsTheEmail()
    {
        using var user = await _api.SignUpAndLoginAsync();

        using var response = await user.Client.PutAsync("/api/v4/users/me/patch", SuiteApi.Json(new { email = $"{SuiteApi.UniqueName()}@example.org", password = "not-my-password" }));

        await response.ReadErrorAsync(HttpStatusCode.Unauthorized, "api.user.check_user_password.invalid.app_error");
        Assert.That(await _server.ScalarAsync<string>("SELECT email FROM platform.users WHERE id = @id", ("id", user.Id)), Is.EqualTo(user.User.Email));
    }

    [Test]
    public async Task PatchMe_ToATakenEmail_Returns400()
    {
        using var user = await _api.SignUpAndLoginAsync();
        var other = await _api.SignUpAsync();

        using var response = await user.Client.PutAsync("/api/v4/users/me/patch", SuiteApi.Json(new { email = other.Email, password = user.User.Password }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "app.user.save.email_exists.app_error");
    }

    [TestCase("{\"nickname\":42}")]
    [TestCase("{\"props\":[\"a\"]}")]
    [TestCase("{\"props\":{\"a\":1}}")]
    [TestCase("{\"first_name\":")]
    public async Task PatchMe_WithMalformedJson_Returns400AndChangesNothing(string body)
    {
        using var user = await _api.SignUpAndLoginAsync();
        var updatedBefore = await _server.ScalarAsync<long>("SELECT update_at FROM platform.users WHERE id = @id", ("id", user.Id));

        using var response = await user.Client.PutAsync("/api/v4/users/me/patch", SuiteApi.Raw(body));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "api.context.invalid_body_param.app_error");
        Assert.That(await _server.ScalarAsync<long>("SELECT update_at FROM platform.users WHERE id = @id", ("id", user.Id)), Is.EqualTo(updatedBefore));
    }

    [Test]
    public async Task PatchMe_WithTooLongNickname_Returns400()
    {
        using var user = await _api.SignUpAndLoginAsync();

        using var response = await user.Client.PutAsync("/api/v4/users/me/patch", SuiteApi.Json(new { nickname = new string('n', 65) }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "model.user.is_valid.nickname.app_error");
    }
}
