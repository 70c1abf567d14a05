using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

public sealed partial class WebAppTests
{
    [Test, Order(35)]
    public async Task RevokedSession_AnOpenPageNoticesAndGoesToSignIn()
    {
        var phone = _phone ?? throw new InconclusiveException("The phone test did not open a page.");
        await Expect(phone.Locator(".channel-name")).ToBeVisibleAsync();

        using var client = _host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await SessionTokenAsync(phone));
        using var logout = await client.PostAsync(new Uri("api/v4/users/logout", UriKind.Relative), null);
        logout.EnsureSuccessStatusCode();

        await Expect(phone).ToHaveURLAsync(new Regex("/login"));
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    [Test, Order(36)]
    public async Task SignOut_EndsTheSessionAndShowsSignIn()
    {
        var token = await SessionTokenAsync(_bob);

        await _bob.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(_bob).ToHaveURLAsync(new Regex("/login$"));
        using var client = _host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var me = await client.GetAsync(new Uri("api/v4/users/me", UriKind.Relative));
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        await _bob.GotoAsync("web-team/channels/town-square");
        await Expect(_bob).ToHaveURLAsync(new Regex("/login"));
    }

    [Test, Order(37)]
    public async Task SignIn_WithAWrongPassword_ShowsAReadableErrorAndStaysSignedOut()
    {
        await _bob.GotoAsync("login");
        await _bob.GetByLabel("Email or username").FillAsync("bob");
        await _bob.GetByLabel("Password").FillAsync("not-the-password");
        await _bob.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(_bob.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Enter a valid email or username and/or password.");
        await Expect(_bob).ToHaveURLAsync(new Regex("/login"));
        Assert.That((await _bob.Context.CookiesAsync()).Any(c => c.Name == "MMAUTHTOKEN"), Is.False, "no session was made");
    }

    private static async Task<string> SessionTokenAsync(IPage page) =>
        (await page.Context.CookiesAsync()).Single(c => c.Name == "MMAUTHTOKEN").Value;

    private static async Task SignInAsync(IPage page, string username)
    {
        await page.GotoAsync("login");
        await page.GetByLabel("Email or username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("/login"));
    }
}
