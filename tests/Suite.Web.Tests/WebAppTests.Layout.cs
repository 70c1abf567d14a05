using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

public sealed partial class WebAppTests
{
    // A role line of Playwright's ARIA snapshot with no accessible name, e.g. `- button` or `- textbox [disabled]`.
    private static readonly Regex UnnamedControl = new(@"^\s*- (button|textbox|searchbox|checkbox|combobox|link|img)( \[[^\]]*\])?:?\s*$", RegexOptions.Multiline);

    [Test, Order(33)]
    public async Task ChannelPage_EveryControlHasAnAccessibleName_AndKeyboardFocusIsVisible()
    {
        await _admin.GotoAsync("web-team/channels/town-square");
        await Expect(_admin.Locator(".message").First).ToBeVisibleAsync();

        var snapshot = await _admin.Locator("body").AriaSnapshotAsync();
        Assert.That(UnnamedControl.Matches(snapshot).Select(m => m.Value.Trim()), Is.Empty, snapshot);
        await Expect(_admin.GetByRole(AriaRole.Textbox, new() { Name = "Write to Town Square" })).ToBeVisibleAsync();
        await Expect(_admin.GetByRole(AriaRole.Button, new() { Name = "Switch between light and dark theme" })).ToBeVisibleAsync();

        await _admin.GetByRole(AriaRole.Searchbox, new() { Name = "Search messages" }).FocusAsync();
        await _admin.Keyboard.PressAsync("Shift+Tab");
        var outline = await _admin.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.That(outline, Is.Not.EqualTo("none"), "the focused control shows no focus ring");
    }

    [Test, Order(34)]
    public async Task PhoneWidth_SidebarHidesBehindAMenuButton_AndNothingScrollsSideways()
    {
        _phone = await _host.NewUserPageAsync(390, 844);
        await SignInAsync(_phone, "admin");
        await _phone.GotoAsync("web-team/channels/town-square");

        var sidebar = _phone.GetByRole(AriaRole.Navigation, new() { Name = "Channels" });
        await Expect(_phone.Locator("#composer")).ToBeVisibleAsync();
        await Expect(sidebar).ToBeHiddenAsync();
        Assert.That(await _phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), Is.True, "the page scrolls sideways");

        await _phone.GetByRole(AriaRole.Button, new() { Name = "Show channels" }).ClickAsync();
        await Expect(sidebar).ToBeVisibleAsync();
        await _phone.Keyboard.PressAsync("Escape");
        await Expect(sidebar).ToBeHiddenAsync();
        await _phone.GetByRole(AriaRole.Button, new() { Name = "Show channels" }).ClickAsync();
        await sidebar.GetByRole(AriaRole.Link, new() { Name = "Off-Topic" }).ClickAsync();

        await Expect(_phone.Locator(".channel-name")).ToHaveTextAsync("Off-Topic");
        await Expect(sidebar).ToBeHiddenAsync();
        Assert.That(await _phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), Is.True, "the page scrolls sideways");
    }
}
