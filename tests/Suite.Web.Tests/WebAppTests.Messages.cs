using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

public sealed partial class WebAppTests
{
    [Test, Order(18)]
    public async Task UpArrow_InAnEmptyComposer_EditsTheLastOwnMessage()
    {
        await SendAsync(_admin, "Standup at 9");
        await Expect(_admin.Locator("#message-list .message-body").Last).ToHaveTextAsync("Standup at 9");
        await _admin.Locator("#composer").PressAsync("ArrowUp");
        await Expect(_admin.Locator("#composer")).ToHaveValueAsync("Standup at 9");

        await _admin.Locator("#composer").FillAsync("Standup at 10");
        await _admin.Locator("#composer").PressAsync("Enter");

        var edited = _bob.Locator("#message-list .message").Last;
        await Expect(edited.Locator(".message-body")).ToHaveTextAsync("Standup at 10");
        await Expect(edited.Locator(".edited")).ToBeVisibleAsync();
    }

    [Test, Order(19)]
    public async Task Delete_OwnMessage_DisappearsForBothAndOthersCannotDeleteIt()
    {
        await SendAsync(_admin, "Oops, wrong channel");
        var mine = _admin.Locator("#message-list .message", new() { HasText = "Oops, wrong channel" });
        var theirs = _bob.Locator("#message-list .message", new() { HasText = "Oops, wrong channel" });
        await Expect(theirs).ToBeVisibleAsync();
        await theirs.HoverAsync();
        await Expect(theirs.GetByRole(AriaRole.Button, new() { Name = "Delete message" })).ToHaveCountAsync(0);

        await mine.HoverAsync();
        await mine.GetByRole(AriaRole.Button, new() { Name = "Delete message" }).ClickAsync();

        await Expect(mine).ToHaveCountAsync(0);
        await Expect(theirs).ToHaveCountAsync(0);
    }

    [Test, Order(20)]
    public async Task PinAndUnpin_AMessage_ShowsForBothUsers()
    {
        await SendAsync(_admin, "Release checklist lives in the wiki");
        var message = _bob.Locator("#message-list .message", new() { HasText = "Release checklist lives in the wiki" });
        await message.HoverAsync();
        await message.GetByRole(AriaRole.Button, new() { Name = "Pin", Exact = true }).ClickAsync();
        await Expect(_admin.Locator("#message-list .message", new() { HasText = "Release checklist lives in the wiki" }).Locator(".pinned")).ToBeVisibleAsync();

        await message.HoverAsync();
        await message.GetByRole(AriaRole.Button, new() { Name = "Unpin" }).ClickAsync();
        await Expect(_admin.Locator("#message-list .message", new() { HasText = "Release checklist lives in the wiki" }).Locator(".pinned")).ToHaveCountAsync(0);
    }

    [Test, Order(21)]
    public async Task Keyboard_ShiftEnterAddsALine_AltArrowsMoveBetweenChannels_EscapeMarksRead()
    {
        var composer = _admin.Locator("#composer");
        await composer.FillAsync("line one");
        await composer.PressAsync("Shift+Enter");
        await composer.PressSequentiallyAsync("line two");
        await Expect(composer).ToHaveValueAsync("line one\nline two");
        await composer.PressAsync("Enter");
        await Expect(_bob.Locator("#message-list .message-body").Last).ToContainTextAsync("line two");

        await composer.PressAsync("Alt+ArrowUp");
        await Expect(_admin.Locator(".channel-name")).ToHaveTextAsync("Off-Topic");
        await _admin.Keyboard.PressAsync("Alt+ArrowDown");
        await Expect(_admin.Locator(".channel-name")).ToHaveTextAsync("Town Square");

        await SendAsync(_bob, "another ping");
        await Expect(_admin.Locator("#message-list .message-body").Last).ToHaveTextAsync("another ping");
        var townSquare = _admin.Locator(".sidebar-item[data-channel='town-square']");
        await Expect(townSquare).ToHaveClassAsync(new Regex("unread"));
        await _admin.Keyboard.PressAsync("Escape");
        await Expect(townSquare).Not.ToHaveClassAsync(new Regex("unread"));
    }
}
