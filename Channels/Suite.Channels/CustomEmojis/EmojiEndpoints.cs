using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Channels.Api;
using Suite.Channels.CustomEmojis.CreateEmoji;
using Suite.Channels.CustomEmojis.DeleteEmoji;
using Suite.Channels.CustomEmojis.GetEmoji;
using Suite.Channels.CustomEmojis.GetEmojiImage;
using Suite.Channels.CustomEmojis.GetEmojiList;
using Suite.Channels.CustomEmojis.GetEmojisByNames;
using Suite.Channels.CustomEmojis.SearchEmoji;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.CustomEmojis;

/// <summary>Mattermost's <c>/api/v4/emoji</c> routes.</summary>
internal static class EmojiEndpoints
{
    public static void MapEmoji(this IEndpointRouteBuilder api)
    {
        api.MapCreateEmoji();

        api.MapGet("/emoji", async (HttpContext http, ISender sender) =>
        {
            var (page, perPage) = QueryParams.Paging(http.Request);
            return ApiResults.Ok(await sender.Send(new GetEmojiListRequest(page, perPage, QueryParams.String(http.Request, "sort")), http.RequestAborted));
        });

        api.MapPost("/emoji/names", async (HttpContext http, ISender sender) =>
        {
            var names = await http.ReadBodyAsync<List<string>>("names");
            return ApiResults.Ok(await sender.Send(new GetEmojisByNamesRequest(names ?? []), http.RequestAborted));
        });

        api.MapPost("/emoji/search", async (HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<SearchEmojiBody>("term");
            return ApiResults.Ok(await sender.Send(new SearchEmojiRequest(body.Term ?? "", body.PrefixOnly, EmojiRules.MaxSearchResults), http.RequestAborted));
        });

        api.MapGet("/emoji/autocomplete", async (HttpContext http, ISender sender) =>
        {
            var name = QueryParams.String(http.Request, "name");
            if (name.Length == 0)
            {
                throw AppErrorException.InvalidUrl("name");
            }

            return ApiResults.Ok(await sender.Send(new SearchEmojiRequest(name, true, EmojiRules.MaxAutocompleteResults), http.RequestAborted));
        });

        api.MapGet("/emoji/name/{emoji_name}", async (string emoji_name, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetEmojiRequest(null, emoji_name), http.RequestAborted)));

        api.MapGet("/emoji/{emoji_id}", async (string emoji_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetEmojiRequest(emoji_id, null), http.RequestAborted)));

        api.MapGet("/emoji/{emoji_id}/image", async (string emoji_id, HttpContext http, ISender sender) =>
        {
            var image = await sender.Send(new GetEmojiImageRequest(emoji_id), http.RequestAborted);
            http.Response.Headers.CacheControl = "max-age=2592000, private";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.Bytes(image.Bytes, image.ContentType);
        });

        api.MapDelete("/emoji/{emoji_id}", async (string emoji_id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new DeleteEmojiRequest(emoji_id), http.RequestAborted);
            return ApiResults.StatusOk();
        });
    }
}
