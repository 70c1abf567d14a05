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

    [Test, Order(22)]
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

        // The admin looks at another window: bob's post arrives in the open channel, which turns unread,
        // and Esc, pressed on coming back, marks it read.
        await SetWindowFocusAsync(_admin, focused: false);
        await SendAsync(_bob, "another ping");
        await Expect(_admin.Locator("#message-list .message-body").Last).ToHaveTextAsync("another ping");
        var townSquare = _admin.Locator(".sidebar-item[data-channel='town-square']");
        await Expect(townSquare).ToHaveClassAsync(new Regex("unread"));
        await _admin.Keyboard.PressAsync("Escape");
        await Expect(townSquare).Not.ToHaveClassAsync(new Regex("unread"));
        await SetWindowFocusAsync(_admin, focused: true);
    }

    [Test, Order(23)]
    public async Task LivePost_InTheChannelOnScreen_OfAFocusedWindow_NeverMarksItUnread()
    {
        await SetWindowFocusAsync(_admin, focused: false);
        await SendAsync(_bob, "read me later");
        var townSquare = _admin.Locator(".sidebar-item[data-channel='town-square']");
        await Expect(townSquare).ToHaveClassAsync(new Regex("unread"));

        // Coming back to the window reads the channel, as in Mattermost.
        await SetWindowFocusAsync(_admin, focused: true);
        await Expect(townSquare).Not.ToHaveClassAsync(new Regex("unread"));

        // From now on every class the item ever gets is recorded, so a moment of unread would show.
        await townSquare.EvaluateAsync(
            "item => { window.everUnread = false; new MutationObserver(() => { window.everUnread ||= item.classList.contains('unread'); }).observe(item, { attributes: true }); }");
        await SendAsync(_bob, "seen as it arrives");
        await Expect(_admin.Locator("#message-list .message-body").Last).ToHaveTextAsync("seen as it arrives");
        await SendAsync(_bob, "and this one too");
        await Expect(_admin.Locator("#message-list .message-body").Last).ToHaveTextAsync("and this one too");

        await Expect(townSquare).Not.ToHaveClassAsync(new Regex("unread"));
        Assert.That(await _admin.EvaluateAsync<bool>("() => window.everUnread"), Is.False, "the open channel turned unread for a moment");
    }

    [Test, Order(24)]
    public async Task MessageActions_AreReachableByKeyboard_ReactPinEditAndDelete()
    {
        await SendAsync(_bob, "Tab to me");
        var theirs = _admin.Locator("#message-list .message", new() { HasText = "Tab to me" });
        await Expect(theirs).ToBeVisibleAsync();

        await FocusByShiftTabFromComposerAsync(_admin, theirs);
        await Expect(theirs.GetByRole(AriaRole.Button, new() { Name = "Reply in thread" })).ToBeVisibleAsync();
        await TabToAsync(_admin, theirs.GetByRole(AriaRole.Button, new() { Name = "React with thumbs up" }));
        await _admin.Keyboard.PressAsync("Enter");
        await Expect(_bob.Locator("#message-list .message", new() { HasText = "Tab to me" }).Locator(".reaction[data-emoji='+1']")).ToContainTextAsync("1");

        await FocusByShiftTabFromComposerAsync(_admin, theirs);
        await TabToAsync(_admin, theirs.GetByRole(AriaRole.Button, new() { Name = "Pin", Exact = true }));
        await _admin.Keyboard.PressAsync("Enter");
        await Expect(_bob.Locator("#message-list .message", new() { HasText = "Tab to me" }).Locator(".pinned")).ToBeVisibleAsync();

        await SendAsync(_admin, "Teh typo");
        var mine = _admin.Locator("#message-list .message", new() { HasText = "Teh typo" });
        await FocusByShiftTabFromComposerAsync(_admin, mine);
        await TabToAsync(_admin, mine.GetByRole(AriaRole.Button, new() { Name = "Edit message" }));
        await _admin.Keyboard.PressAsync("Enter");
        await Expect(_admin.Locator("#composer")).ToBeFocusedAsync();
        await Expect(_admin.Locator("#composer")).ToHaveValueAsync("Teh typo");
        await _admin.Locator("#composer").FillAsync("The typo, fixed");
        await _admin.Keyboard.PressAsync("Enter");
        var fixedMessage = _admin.Locator("#message-list .message", new() { HasText = "The typo, fixed" });
        await Expect(fixedMessage.Locator(".edited")).ToBeVisibleAsync();

        await FocusByShiftTabFromComposerAsync(_admin, fixedMessage);
        await TabToAsync(_admin, fixedMessage.GetByRole(AriaRole.Button, new() { Name = "Delete message" }));
        await _admin.Keyboard.PressAsync("Enter");
        await Expect(_bob.Locator("#message-list .message", new() { HasText = "The typo, fixed" })).ToHaveCountAsync(0);
    }

    [Test, Order(25)]
    public async Task EmojiPicker_ReactsWithTheChosenEmoji_AndAnotherUsersReactionCountsToo()
    {
        await SendAsync(_bob, "Shipped the release");
        var message = _admin.Locator("#message-list .message", new() { HasText = "Shipped the release" });
        var addReaction = message.GetByRole(AriaRole.Button, new() { Name = "Add reaction" });
        var picker = message.GetByRole(AriaRole.Dialog, new() { Name = "Choose a reaction" });

        // Opening the picker puts focus in it; Esc closes it and gives focus back.
        await message.HoverAsync();
        await addReaction.ClickAsync();
        await Expect(picker.GetByRole(AriaRole.Button, new() { Name = "+1", Exact = true })).ToBeFocusedAsync();
        await _admin.Keyboard.PressAsync("Escape");
        await Expect(picker).ToHaveCountAsync(0);
        await Expect(addReaction).ToBeFocusedAsync();

        await addReaction.ClickAsync();
        await picker.GetByRole(AriaRole.Button, new() { Name = "rocket", Exact = true }).ClickAsync();
        await Expect(picker).ToHaveCountAsync(0);

        var seenByBob = _bob.Locator("#message-list .message", new() { HasText = "Shipped the release" }).Locator(".reaction[data-emoji='rocket']");
        await Expect(seenByBob).ToHaveTextAsync("🚀 1");
        await seenByBob.ClickAsync();
        await Expect(message.Locator(".reaction[data-emoji='rocket']")).ToHaveTextAsync("🚀 2");
    }

    // Playwright's pages all count as focused; a window event is how the app learns that its window lost or got focus.
    private static async Task SetWindowFocusAsync(IPage page, bool focused) =>
        await page.EvaluateAsync($"() => window.dispatchEvent(new Event('{(focused ? "focus" : "blur")}'))");

    // From the composer, Shift+Tab walks back through the messages above it until the message itself has focus.
    private static async Task FocusByShiftTabFromComposerAsync(IPage page, ILocator message)
    {
        await Expect(message).ToBeVisibleAsync();
        await page.Locator("#composer").FocusAsync();
        for (var step = 0; step < 30 && !await IsFocusedAsync(message); step++)
        {
            await page.Keyboard.PressAsync("Shift+Tab");
        }

        await Expect(message).ToBeFocusedAsync();
    }

    private static async Task TabToAsync(IPage page, ILocator control)
    {
        for (var step = 0; step < 12 && !await IsFocusedAsync(control); step++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(control).ToBeFocusedAsync();
    }

    private static async Task<bool> IsFocusedAsync(ILocator element) =>
        await element.CountAsync() == 1 && await element.EvaluateAsync<bool>("e => e === document.activeElement");
}
