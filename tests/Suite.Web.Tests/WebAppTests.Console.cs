using System.Text;
using Microsoft.Playwright;
using Suite.Licensing.Signing;
using Suite.Platform;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

public sealed partial class WebAppTests
{
    [Test, Order(22)]
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

        await _admin.GetByRole(AriaRole.Button, new() { Name = "Remove license" }).ClickAsync();

        await Expect(_admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "The license was removed." })).ToBeVisibleAsync();
        await Expect(_admin.Locator("[data-testid=edition]")).ToHaveTextAsync("Free");
    }

    [Test, Order(23)]
    public async Task LicensePage_AFileThatIsNotALicense_ShowsAReadableError()
    {
        await _admin.GetByLabel("Upload a license file").SetInputFilesAsync(
            new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("not a license") });

        await Expect(_admin.GetByRole(AriaRole.Alert)).Not.ToBeEmptyAsync();
        await Expect(_admin.Locator("[data-testid=edition]")).ToHaveTextAsync("Free");
    }
}
