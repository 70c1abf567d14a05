using Microsoft.Playwright;
using Suite.Testing;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

/// <summary>Signs a user in through the sign-in page in a fresh browser profile.</summary>
internal static class WebSignIn
{
    public static async Task<IPage> SignedInPageAsync(WebTestHost host, string username)
    {
        var page = await host.NewUserPageAsync();
        await page.GotoAsync("login");
        await page.GetByLabel("Email or username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(SuiteApi.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        return page;
    }
}
