using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.CustomEmojis.CreateEmoji;

internal static class CreateEmojiEndpoint
{
    private static readonly FormOptions Limits = new()
    {
        MultipartBodyLengthLimit = EmojiRules.MaxFileBytes,
        ValueLengthLimit = 64 * 1024,
        BufferBodyLengthLimit = EmojiRules.MaxFileBytes,
    };

    public static void MapCreateEmoji(this IEndpointRouteBuilder api) =>
        api.MapPost("/emoji", async (HttpContext http, ISender sender) =>
        {
            http.RequestServices.GetRequiredService<ICurrentUser>().RequireUserId();
            if (!http.RequestServices.GetRequiredService<EmojiOptions>().EnableCustomEmoji)
            {
                throw EmojiErrors.Disabled(501);
            }

            var form = await ReadFormAsync(http);
            var body = ReadEmojiField(form["emoji"].ToString());
            var image = form.Files.GetFile("image");
            byte[]? bytes = null;
            if (image is not null)
            {
                await using var stream = image.OpenReadStream();
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy, http.RequestAborted);
                bytes = copy.ToArray();
            }

            var request = new CreateEmojiRequest(body.CreatorId ?? "", body.Name ?? "", body.Description ?? "", bytes);
            return ApiResults.Ok(await sender.Send(request, http.RequestAborted));
        });

    private static async Task<IFormCollection> ReadFormAsync(HttpContext http)
    {
        if (http.Request.ContentLength > EmojiRules.MaxFileBytes)
        {
            throw EmojiErrors.TooLarge();
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = EmojiRules.MaxFileBytes;
        }

        if (!http.Request.HasFormContentType)
        {
            throw EmojiErrors.Parse("The body must be multipart/form-data.");
        }

        try
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, Limits));
            return await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw EmojiErrors.TooLarge();
        }
        catch (InvalidDataException e)
        {
            throw e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) ? EmojiErrors.TooLarge() : EmojiErrors.Parse(e.Message);
        }
        catch (IOException e)
        {
            throw EmojiErrors.Parse(e.Message);
        }
    }

    private static CreateEmojiBody ReadEmojiField(string json)
    {
        if (json.Length == 0)
        {
            throw AppErrorException.InvalidBody("emoji");
        }

        try
        {
            return JsonSerializer.Deserialize<CreateEmojiBody>(json, ApiJson.Options) ?? throw AppErrorException.InvalidBody("emoji");
        }
        catch (JsonException e)
        {
            throw AppErrorException.InvalidBody("emoji", e.Message);
        }
    }
}
