using System.Net.Http.Json;
using System.Text;
using Microsoft.Playwright;
using Suite.Licensing.Signing;
using Suite.Platform;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

public sealed partial class WebAppTests
{
    [Test, Order(29)]
    public async Task LicensePage_UploadingASignedLicenseAndRemovingIt_ChangesTheEdition()
    {
        var now = DateTimeOffset.UtcNow;
        var license = _host.SignLicense(new License
        {
            Id = Ids.New(),
            IssuedAt = now.AddMinutes(-1).ToUnixTimeMilliseconds(),
            StartsAt = now.AddMinutes(-1).ToUnixTimeMilliseconds(),
            ExpiresAt = now.AddDays(365).ToUnixTimeMilliseconds(),
            Customer = new LicenseCustomer { Id = Ids.New(), Name = "Grace Hopper", Email = "grace@example.com", Company = "Compilers Inc" },
            Features = Skus.DefaultFeatures(Skus.Enterprise, 50),
            SkuName = Skus.DisplayName(Skus.Enterprise),
            SkuShortName = Skus.Enterprise,
        });
        await _admin.GotoAsync("admin/license");

        await _admin.GetByLabel("Upload a license file").SetInputFilesAsync(
            new FilePayload { Name = "suite.mattermost-license", MimeType = "application/octet-stream", Buffer = Encoding.UTF8.GetBytes(license) });

        await Expect(_admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "The license was installed." })).ToBeVisibleAsync();
        await Expect(_admin.Locator("[data-testid=edition]")).ToHaveTextAsync("Enterprise");
        await Expect(_admin.GetByRole(AriaRole.Definition).Filter(new() { HasText = "Compilers Inc" })).ToBeVisibleAsync();
        await Expect(_admin.Locator("[data-testid=licensed-seats]")).ToHaveTextAsync("50");
        await Expect(_admin.Locator("[data-testid=seats-used]")).ToHaveTextAsync((await ActiveUserCountAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture));

        await _admin.GetByRole(AriaRole.Button, new() { Name = "Remove license" }).ClickAsync();

        await Expect(_admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "The license was removed." })).ToBeVisibleAsync();
        await Expect(_admin.Locator("[data-testid=edition]")).ToHaveTextAsync("Free");
        await Expect(_admin.Locator("[data-testid=licensed-seats]")).ToHaveCountAsync(0);
    }

    [Test, Order(30)]
    public async Task LicensePage_AFileThatIsNotALicense_ShowsAReadableError()
    {
        await _admin.GetByLabel("Upload a license file").SetInputFilesAsync(
            new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("not a license") });

        await Expect(_admin.GetByRole(AriaRole.Alert)).Not.ToBeEmptyAsync();
        await Expect(_admin.Locator("[data-testid=edition]")).ToHaveTextAsync("Free");
    }

    [Test, Order(31)]
    public async Task UsersPage_DeactivatingAUserStopsTheirSignIn_ReactivatingRestoresIt()
    {
        await _admin.GotoAsync("admin/users");
        var dana = _admin.Locator("tr[data-username='dana']");
        await Expect(dana).ToContainTextAsync("Active");

        await dana.GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();

        await Expect(dana).ToContainTextAsync("Deactivated");
        Assert.That(await LoginStatusAsync("dana"), Is.EqualTo(401), "a deactivated user cannot sign in");

        await dana.GetByRole(AriaRole.Button, new() { Name = "Activate" }).ClickAsync();

        await Expect(dana.GetByRole(AriaRole.Button, new() { Name = "Deactivate" })).ToBeVisibleAsync();
        await Expect(dana).Not.ToContainTextAsync("Deactivated");
        Assert.That(await LoginStatusAsync("dana"), Is.EqualTo(200), "a reactivated user signs in again");
    }

    [Test, Order(32)]
    public async Task ThemeToggle_SwitchesToDarkAndBack_AndTheChoiceSurvivesAReload()
    {
        await _admin.GotoAsync("web-team/channels/town-square");
        var toggle = _admin.GetByRole(AriaRole.Button, new() { Name = "Switch between light and dark theme" });
        var html = _admin.Locator("html");
        var first = await html.GetAttributeAsync("data-theme");
        var background = await _admin.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        var other = first == "dark" ? "light" : "dark";

        await toggle.ClickAsync();
        await Expect(html).ToHaveAttributeAsync("data-theme", other);
        Assert.That(await _admin.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"), Is.Not.EqualTo(background), "the page's colours change");

        await _admin.ReloadAsync();
        await Expect(_admin.Locator(".channel-name")).ToBeVisibleAsync();
        await Expect(html).ToHaveAttributeAsync("data-theme", other);

        await toggle.ClickAsync();
        await Expect(html).ToHaveAttributeAsync("data-theme", first!);
        await _admin.ReloadAsync();
        await Expect(html).ToHaveAttributeAsync("data-theme", first!);
    }

    private async Task<int> LoginStatusAsync(string username)
    {
        using var client = _host.Server.CreateClient();
        using var login = await client.PostAsJsonAsync("api/v4/users/login", new { login_id = username, password = Password });
        return (int)login.StatusCode;
    }

    // The people who hold a seat, as the API lists them: active accounts that are not bots.
    private async Task<int> ActiveUserCountAsync()
    {
        using var client = await SignedInClientAsync("admin");
        using var users = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("api/v4/users?per_page=200", UriKind.Relative)));
        return users.RootElement.EnumerateArray().Count(u => u.GetProperty("delete_at").GetInt64() == 0 && !u.GetProperty("is_bot").GetBoolean());
    }
}
