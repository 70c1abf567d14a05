using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Suite.Testing;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

public sealed partial class ChannelsWebTests
{
    // A 1×1 PNG.
    private static readonly byte[] EmojiImage = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static async Task<string> CreateEmojiAsync(SignedInUser creator, string name)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(EmojiImage), "image", "emoji.png");
        form.Add(new StringContent(JsonSerializer.Serialize(new { creator_id = creator.Id, name })), "emoji");
        using var response = await creator.Client.PostAsync("/api/v4/emoji", form);
        return (await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString()!;
    }

    // Loaded, not just present: the image answers from the emoji image endpoint.
    private static Task<bool> ImageLoadedAsync(ILocator image) => image.EvaluateAsync<bool>("i => i.complete && i.naturalWidth > 0");

    [Test, Order(1)]
    public async Task ACustomEmojiCodeInAMessage_ShowsTheEmojisImage()
    {
        var parrot = await CreateEmojiAsync(_bob, "party_parrot");
        await _page.GotoAsync("crew/channels/emoji-fun");

        await PostAsync(_bob, _channelIds["emoji-fun"], "ship it :party_parrot: and `:party_parrot:`");

        var image = Message(_page, "ship it").Locator(".message-body img.emoji");
        await Expect(image).ToHaveCountAsync(1);
        await Expect(image).ToHaveAttributeAsync("src", new Regex($"api/v4/emoji/{parrot}/image$"));
        await Expect(image).ToHaveAttributeAsync("alt", ":party_parrot:");
        await Expect(Message(_page, "ship it").Locator(".message-body code")).ToHaveTextAsync(":party_parrot:");
        Assert.That(await ImageLoadedAsync(image), Is.True);
    }

    [Test, Order(2)]
    public async Task ThePickerOffersCustomEmoji_EvenOnesAddedAfterThePageLoaded_AndTheReactionShowsTheImage()
    {
        await PostAsync(_bob, _channelIds["emoji-fun"], "Retro is done");
        var message = Message(_page, "Retro is done");
        await Expect(message).ToBeVisibleAsync();
        var shipIt = await CreateEmojiAsync(_bob, "shipit");

        await message.HoverAsync();
        await message.GetByRole(AriaRole.Button, new() { Name = "Add reaction" }).ClickAsync();
        var custom = message.GetByRole(AriaRole.Dialog, new() { Name = "Choose a reaction" }).GetByRole(AriaRole.Group, new() { Name = "Custom emoji" });
        await Expect(custom.GetByRole(AriaRole.Button)).ToHaveCountAsync(2);
        await Expect(custom.GetByRole(AriaRole.Button, new() { Name = "party_parrot", Exact = true }).Locator("img.emoji")).ToBeVisibleAsync();
        await custom.GetByRole(AriaRole.Button, new() { Name = "shipit", Exact = true }).ClickAsync();

        var pill = message.Locator(".reaction[data-emoji='shipit']");
        await Expect(pill).ToHaveTextAsync("1");
        await Expect(pill.Locator("img.emoji")).ToHaveAttributeAsync("src", new Regex($"api/v4/emoji/{shipIt}/image$"));
        Assert.That(await ImageLoadedAsync(pill.Locator("img.emoji")), Is.True);
        var postId = await message.GetAttributeAsync("data-post-id");
        var reactions = await GetAsync(_alice, $"/api/v4/posts/{postId}/reactions");
        Assert.That(reactions.EnumerateArray().Select(r => (r.GetProperty("user_id").GetString(), r.GetProperty("emoji_name").GetString())), Is.EqualTo(new[] { (_alice.Id, "shipit") }));

        await _otherBrowser.GotoAsync("crew/channels/emoji-fun");
        await Expect(Message(_otherBrowser, "Retro is done").Locator(".reaction[data-emoji='shipit'] img.emoji")).ToBeVisibleAsync();

        await pill.ClickAsync();
        await Expect(pill).ToHaveCountAsync(0);
    }

    [Test, Order(3)]
    public async Task AReactionWithACustomEmojiFromSomeoneElse_ShowsItsImageLive()
    {
        var postId = await PostAsync(_alice, _channelIds["emoji-fun"], "Who wants cake?");
        await Expect(Message(_page, "Who wants cake?")).ToBeVisibleAsync();

        using var reacted = await _bob.Client.PostAsync("/api/v4/reactions", SuiteApi.Json(new { user_id = _bob.Id, post_id = postId, emoji_name = "party_parrot" }));
        await reacted.ReadJsonAsync(HttpStatusCode.OK);

        await Expect(Message(_page, "Who wants cake?").Locator(".reaction[data-emoji='party_parrot'] img.emoji")).ToBeVisibleAsync();
        await Expect(Message(_otherBrowser, "Who wants cake?").Locator(".reaction[data-emoji='party_parrot'] img.emoji")).ToBeVisibleAsync();
    }
}
