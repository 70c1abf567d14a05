using System.Net;
using System.Text.Json;
using SkiaSharp;
using Suite.Testing;

namespace Suite.Channels.Tests.CustomEmojis;

/// <summary>Mattermost's custom emoji: create with its name and image rules, read, search, delete, react with them.</summary>
public sealed class CustomEmojiTests : ChannelsFixture
{
    // Configuration sections keep Mattermost's PascalCase names, so the body is written as is.
    private async Task SetCustomEmojiAsync(bool enabled)
    {
        using var response = await Admin.Client.PutAsync("/api/v4/config/patch", SuiteApi.Raw("{\"ServiceSettings\": {\"EnableCustomEmoji\": " + (enabled ? "true" : "false") + "}}"));
        await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    private static List<string> Names(JsonElement list) => list.EnumerateArray().Select(e => e.Str("name")).ToList();

    [Test]
    public async Task CreatedEmoji_IsReadByIdNameListAndImage_AndAnnouncedToEveryone()
    {
        using var creator = await TeamMemberAsync();
        using var watcher = await OutsiderAsync();
        await using var events = await EventClient.ConnectAsync(Server.BaseAddress, watcher.Token);
        var name = EmojiApi.UniqueName();
        var png = EmojiApi.Image(32, 24);

        var emoji = await creator.CreateEmojiAsync(name, png);

        var added = await events.NextAsync("emoji_added");
        var announced = JsonDocument.Parse(added.GetProperty("data").Str("emoji")).RootElement;
        var byId = await watcher.Client.GetJsonAsync($"/api/v4/emoji/{emoji.Id()}");
        var byName = await watcher.Client.GetJsonAsync($"/api/v4/emoji/name/{name}");
        var list = await watcher.Client.GetJsonAsync("/api/v4/emoji?per_page=200");
        using var image = await watcher.Client.GetAsync($"/api/v4/emoji/{emoji.Id()}/image");
        Assert.Multiple(async () =>
        {
            Assert.That(emoji.Str("name"), Is.EqualTo(name));
            Assert.That(emoji.Str("creator_id"), Is.EqualTo(creator.Id));
            Assert.That(emoji.Id(), Has.Length.EqualTo(26));
            Assert.That(emoji.Long("create_at"), Is.GreaterThan(0));
            Assert.That(emoji.Long("update_at"), Is.EqualTo(emoji.Long("create_at")));
            Assert.That(emoji.Long("delete_at"), Is.Zero);
            Assert.That(announced.Id(), Is.EqualTo(emoji.Id()));
            Assert.That(byId.Str("name"), Is.EqualTo(name));
            Assert.That(byName.Id(), Is.EqualTo(emoji.Id()));
            Assert.That(Names(list), Does.Contain(name));
            Assert.That(image.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(image.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
            Assert.That(image.Headers.CacheControl?.ToString(), Does.Contain("max-age=2592000"));
            Assert.That(await image.Content.ReadAsByteArrayAsync(), Is.EqualTo(png), "an image within 128 x 128 is kept as sent");
        });
    }

    [Test]
    public async Task Create_RefusesBadNamesSystemNamesTakenNamesAndOtherCreators_AndStoresNothing()
    {
        using var user = await TeamMemberAsync();
        using var other = await TeamMemberAsync();
        var taken = (await other.CreateEmojiAsync()).Str("name");
        var before = Names(await user.Client.GetJsonAsync("/api/v4/emoji?per_page=200"));
        var image = EmojiApi.Image(16, 16);

        await user.Client.CreateEmojiErrorAsync(EmojiApi.Form(user.Id, "has space", image), HttpStatusCode.BadRequest, "model.emoji.name.app_error");
        await user.Client.CreateEmojiErrorAsync(EmojiApi.Form(user.Id, new string('a', 65), image), HttpStatusCode.BadRequest, "model.emoji.name.app_error");
        await user.Client.CreateEmojiErrorAsync(EmojiApi.Form(user.Id, "", image), HttpStatusCode.BadRequest, "model.emoji.name.app_error");
        await user.Client.CreateEmojiErrorAsync(EmojiApi.Form(user.Id, "smile", image), HttpStatusCode.BadRequest, "model.emoji.system_emoji_name.app_error");
        await user.Client.CreateEmojiErrorAsync(EmojiApi.Form(user.Id, taken, image), HttpStatusCode.BadRequest, "api.emoji.create.duplicate.app_error");
        await user.Client.CreateEmojiErrorAsync(EmojiApi.Form(other.Id, EmojiApi.UniqueName(), image), HttpStatusCode.Forbidden, "api.emoji.create.other_user.app_error");
        await user.Client.CreateEmojiErrorAsync(EmojiApi.Form(user.Id, EmojiApi.UniqueName(), null), HttpStatusCode.BadRequest, "api.context.invalid_body_param.app_error");
        using var noEmojiField = new MultipartFormDataContent { { new ByteArrayContent(image), "image", "a.png" } };
        await user.Client.CreateEmojiErrorAsync(noEmojiField, HttpStatusCode.BadRequest, "api.context.invalid_body_param.app_error");
        using var notMultipart = SuiteApi.Json(new { name = "x" });
        await user.Client.CreateEmojiErrorAsync(notMultipart, HttpStatusCode.BadRequest, "api.emoji.create.parse.app_error");

        Assert.That(Names(await user.Client.GetJsonAsync("/api/v4/emoji?per_page=200")), Is.EquivalentTo(before));
    }

    [Test]
    public async Task Create_RefusesFilesThatAreNotImages_ImagesOver1028Pixels_AndRequestsOver512KiB()
    {
        using var user = await TeamMemberAsync();

        await user.Client.CreateEmojiErrorAsync(
            EmojiApi.Form(user.Id, EmojiApi.UniqueName(), "not an image"u8.ToArray(), "a.txt"), HttpStatusCode.BadRequest, "api.emoji.upload.image.app_error");
        await user.Client.CreateEmojiErrorAsync(
            EmojiApi.Form(user.Id, EmojiApi.UniqueName(), EmojiApi.Image(1029, 10)), HttpStatusCode.BadRequest, "api.emoji.upload.large_image.too_large.app_error");
        await user.Client.CreateEmojiErrorAsync(
            EmojiApi.Form(user.Id, EmojiApi.UniqueName(), new byte[(512 * 1024) + 1]), HttpStatusCode.RequestEntityTooLarge, "api.emoji.create.too_large.app_error");
    }

    [Test]
    public async Task AnImageLargerThan128Pixels_IsStoredScaledToFit_AsPng()
    {
        using var user = await TeamMemberAsync();

        var emoji = await user.CreateEmojiAsync(image: EmojiApi.Image(512, 256, SKEncodedImageFormat.Jpeg));

        using var response = await user.Client.GetAsync($"/api/v4/emoji/{emoji.Id()}/image");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var codec = SKCodec.Create(new MemoryStream(bytes));
        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
            Assert.That(codec.EncodedFormat, Is.EqualTo(SKEncodedImageFormat.Png));
            Assert.That((codec.Info.Width, codec.Info.Height), Is.EqualTo((128, 64)));
        });
    }

    [Test]
    public async Task ByNames_AnswersTheCustomEmojiAmongTheNames_AndAtMost200Names()
    {
        using var user = await TeamMemberAsync();
        var first = (await user.CreateEmojiAsync()).Str("name");
        var second = (await user.CreateEmojiAsync()).Str("name");

        var found = Names(await user.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/emoji/names", new[] { second, "smile", first, "no_such_emoji_here", first }));

        Assert.That(found, Is.EquivalentTo(new[] { first, second }));
        await user.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/emoji/names", Array.Empty<string>(), HttpStatusCode.BadRequest, "api.context.invalid_body_param.app_error");
        await user.Client.SendErrorAsync(
            HttpMethod.Post, "/api/v4/emoji/names", Enumerable.Range(0, 201).Select(i => $"e{i}").ToArray(), HttpStatusCode.BadRequest, "api.emoji.get_multiple_by_name_too_many.request_error");
    }

    [Test]
    public async Task List_PagesAndSortsByName_AndRefusesAnotherSort()
    {
        using var user = await TeamMemberAsync();
        var prefix = "lst" + Guid.NewGuid().ToString("N")[..8];
        foreach (var suffix in new[] { "c", "a", "b" })
        {
            await user.CreateEmojiAsync(prefix + suffix);
        }

        var all = Names(await user.Client.GetJsonAsync("/api/v4/emoji?per_page=200&sort=name"));
        var ours = all.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var byCreation = Names(await user.Client.GetJsonAsync("/api/v4/emoji?per_page=200")).Where(n => n.StartsWith(prefix, StringComparison.Ordinal));
        var firstPage = Names(await user.Client.GetJsonAsync("/api/v4/emoji?per_page=1&page=0&sort=name"));
        var secondPage = Names(await user.Client.GetJsonAsync("/api/v4/emoji?per_page=1&page=1&sort=name"));

        Assert.Multiple(() =>
        {
            Assert.That(ours, Is.EqualTo(new[] { prefix + "a", prefix + "b", prefix + "c" }));
            Assert.That(all, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(byCreation, Is.EqualTo(new[] { prefix + "c", prefix + "a", prefix + "b" }));
            Assert.That(firstPage, Is.EqualTo(all.Take(1)));
            Assert.That(secondPage, Is.EqualTo(all.Skip(1).Take(1)));
        });
        await user.Client.SendErrorAsync(HttpMethod.Get, "/api/v4/emoji?sort=create_at", null, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task SearchAndAutocomplete_FindByPrefixOrPart_AndNeedATerm()
    {
        using var user = await TeamMemberAsync();
        var stem = "srch" + Guid.NewGuid().ToString("N")[..8];
        await user.CreateEmojiAsync(stem + "_party");
        await user.CreateEmojiAsync("x" + stem + "_parrot");

        var contains = Names(await user.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/emoji/search", new { term = stem }));
        var prefix = Names(await user.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/emoji/search", new { term = stem, prefix_only = true }));
        var autocomplete = Names(await user.Client.GetJsonAsync($"/api/v4/emoji/autocomplete?name={stem}_pa"));
        var underscoreIsLiteral = Names(await user.Client.GetJsonAsync($"/api/v4/emoji/autocomplete?name={stem}%25"));

        Assert.Multiple(() =>
        {
            Assert.That(contains, Is.EqualTo(new[] { stem + "_party", "x" + stem + "_parrot" }));
            Assert.That(prefix, Is.EqualTo(new[] { stem + "_party" }));
            Assert.That(autocomplete, Is.EqualTo(new[] { stem + "_party" }));
            Assert.That(underscoreIsLiteral, Is.Empty);
        });
        await user.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/emoji/search", new { term = "" }, HttpStatusCode.BadRequest);
        await user.Client.SendErrorAsync(HttpMethod.Get, "/api/v4/emoji/autocomplete", null, HttpStatusCode.BadRequest, "api.context.invalid_url_param.app_error");
    }

    [Test]
    public async Task Delete_ByItsCreatorOrASystemAdmin_NotByOthers_FreesTheName_AndRemovesItsReactions()
    {
        using var creator = await TeamMemberAsync();
        using var other = await TeamMemberAsync();
        var channel = await creator.Client.CreateChannelAsync(TeamId);
        var post = await creator.Client.PostAsync(channel.Id(), "react to me");
        var emoji = await creator.CreateEmojiAsync();
        var name = emoji.Str("name");
        await creator.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/reactions", new { user_id = creator.Id, post_id = post.Id(), emoji_name = name });
        await creator.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/reactions", new { user_id = creator.Id, post_id = post.Id(), emoji_name = "+1" });

        await other.Client.SendErrorAsync(HttpMethod.Delete, $"/api/v4/emoji/{emoji.Id()}", null, HttpStatusCode.Forbidden, "api.context.permissions.app_error");
        await creator.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/emoji/{emoji.Id()}", null);

        await creator.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/emoji/{emoji.Id()}", null, HttpStatusCode.NotFound, "app.emoji.get.no_result");
        await creator.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/emoji/name/{name}", null, HttpStatusCode.NotFound, "app.emoji.get_by_name.no_result");
        await creator.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/emoji/{emoji.Id()}/image", null, HttpStatusCode.NotFound);
        await creator.Client.SendErrorAsync(HttpMethod.Delete, $"/api/v4/emoji/{emoji.Id()}", null, HttpStatusCode.NotFound);
        var reactions = await creator.Client.GetJsonAsync($"/api/v4/posts/{post.Id()}/reactions");
        Assert.That(reactions.EnumerateArray().Select(r => r.Str("emoji_name")), Is.EqualTo(new[] { "+1" }));

        var again = await other.CreateEmojiAsync(name);
        await Admin.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/emoji/{again.Id()}", null);
        await other.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/emoji/{again.Id()}", null, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task AReactionWithACustomEmoji_IsAcceptedAndListed()
    {
        using var user = await TeamMemberAsync();
        var channel = await user.Client.CreateChannelAsync(TeamId);
        var post = await user.Client.PostAsync(channel.Id(), "nice");
        var name = (await user.CreateEmojiAsync()).Str("name");

        await user.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/reactions", new { user_id = user.Id, post_id = post.Id(), emoji_name = name });

        var reactions = await user.Client.GetJsonAsync($"/api/v4/posts/{post.Id()}/reactions");
        Assert.That(reactions.EnumerateArray().Select(r => r.Str("emoji_name")), Is.EqualTo(new[] { name }));
    }

    [Test]
    public async Task EveryEmojiRoute_NeedsASignedInCaller()
    {
        using var user = await TeamMemberAsync();
        var emoji = await user.CreateEmojiAsync();
        using var anonymous = Api.Anonymous();

        await anonymous.CreateEmojiErrorAsync(EmojiApi.Form(user.Id, EmojiApi.UniqueName(), EmojiApi.Image(8, 8)), HttpStatusCode.Unauthorized);
        await anonymous.SendErrorAsync(HttpMethod.Get, "/api/v4/emoji", null, HttpStatusCode.Unauthorized);
        await anonymous.SendErrorAsync(HttpMethod.Get, $"/api/v4/emoji/{emoji.Id()}", null, HttpStatusCode.Unauthorized);
        await anonymous.SendErrorAsync(HttpMethod.Get, $"/api/v4/emoji/{emoji.Id()}/image", null, HttpStatusCode.Unauthorized);
        await anonymous.SendErrorAsync(HttpMethod.Get, $"/api/v4/emoji/name/{emoji.Str("name")}", null, HttpStatusCode.Unauthorized);
        await anonymous.SendErrorAsync(HttpMethod.Post, "/api/v4/emoji/search", new { term = "a" }, HttpStatusCode.Unauthorized);
        await anonymous.SendErrorAsync(HttpMethod.Post, "/api/v4/emoji/names", new[] { "a" }, HttpStatusCode.Unauthorized);
        await anonymous.SendErrorAsync(HttpMethod.Get, "/api/v4/emoji/autocomplete?name=a", null, HttpStatusCode.Unauthorized);
        await anonymous.SendErrorAsync(HttpMethod.Delete, $"/api/v4/emoji/{emoji.Id()}", null, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task SwitchedOff_TheClientConfigSaysSo_AndEmojiRoutesAnswerAsMattermostDoes()
    {
        using var user = await TeamMemberAsync();
        var emoji = await user.CreateEmojiAsync();
        Assert.That((await user.Client.GetJsonAsync("/api/v4/config/client?format=old")).Str("EnableCustomEmoji"), Is.EqualTo("true"));

        await SetCustomEmojiAsync(false);
        try
        {
            Assert.That((await user.Client.GetJsonAsync("/api/v4/config/client?format=old")).Str("EnableCustomEmoji"), Is.EqualTo("false"));
            await user.Client.CreateEmojiErrorAsync(EmojiApi.Form(user.Id, EmojiApi.UniqueName(), EmojiApi.Image(8, 8)), HttpStatusCode.NotImplemented, "api.emoji.disabled.app_error");
            await user.Client.SendErrorAsync(HttpMethod.Get, "/api/v4/emoji", null, HttpStatusCode.NotImplemented, "api.emoji.disabled.app_error");
            await user.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/emoji/{emoji.Id()}", null, HttpStatusCode.NotImplemented, "api.emoji.disabled.app_error");
            await user.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/emoji/{emoji.Id()}/image", null, HttpStatusCode.NotImplemented, "api.emoji.disabled.app_error");
            await user.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/emoji/name/{emoji.Str("name")}", null, HttpStatusCode.NotImplemented, "api.emoji.disabled.app_error");
            await user.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/emoji/names", new[] { emoji.Str("name") }, HttpStatusCode.NotImplemented, "api.emoji.disabled.app_error");
            await user.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/emoji/search", new { term = "a" }, HttpStatusCode.Forbidden, "api.emoji.disabled.app_error");
            await user.Client.SendErrorAsync(HttpMethod.Delete, $"/api/v4/emoji/{emoji.Id()}", null, HttpStatusCode.Forbidden, "api.emoji.disabled.app_error");
        }
        finally
        {
            await SetCustomEmojiAsync(true);
        }

        Assert.That((await user.Client.GetJsonAsync($"/api/v4/emoji/{emoji.Id()}")).Id(), Is.EqualTo(emoji.Id()));
    }
}
