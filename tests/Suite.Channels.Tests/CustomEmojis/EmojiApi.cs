using System.Net;
using System.Text.Json;
using SkiaSharp;
using Suite.Testing;

namespace Suite.Channels.Tests.CustomEmojis;

/// <summary>Custom emoji calls as Mattermost's client makes them (<c>Client4.createCustomEmoji</c>: multipart <c>image</c> and <c>emoji</c>).</summary>
internal static class EmojiApi
{
    public static byte[] Image(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Png)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(SKColors.OrangeRed);
        using var image = surface.Snapshot();
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    public static MultipartFormDataContent Form(string creatorId, string name, byte[]? image, string fileName = "emoji.png")
    {
        var form = new MultipartFormDataContent();
        if (image is not null)
        {
            form.Add(new ByteArrayContent(image), "image", fileName);
        }

        form.Add(new StringContent(JsonSerializer.Serialize(new { creator_id = creatorId, name })), "emoji");
        return form;
    }

    public static async Task<JsonElement> CreateEmojiAsync(this SignedInUser user, string? name = null, byte[]? image = null)
    {
        using var form = Form(user.Id, name ?? UniqueName(), image ?? Image(16, 16));
        using var response = await user.Client.PostAsync("/api/v4/emoji", form);
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    public static async Task<JsonElement> CreateEmojiErrorAsync(this HttpClient client, HttpContent content, HttpStatusCode expected, string? id = null)
    {
        using var response = await client.PostAsync("/api/v4/emoji", content);
        return await response.ReadErrorAsync(expected, id);
    }

    public static string UniqueName() => SuiteApi.UniqueName("emo_");
}
