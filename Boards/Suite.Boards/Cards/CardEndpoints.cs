using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Boards.Api;
using Suite.Boards.Cards.CreateCard;
using Suite.Boards.Cards.GetCard;
using Suite.Boards.Cards.GetCards;
using Suite.Boards.Cards.PatchCard;
using Suite.Platform.Mediator;

namespace Suite.Boards.Cards;

/// <summary>The card routes of Focalboard's API (<c>server/api/cards.go</c>).</summary>
internal static class CardEndpoints
{
    private const int DefaultPerPage = 100;
    private const int MaxPerPage = 1000;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/boards/{boardId}/cards", async (string boardId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new CreateCardRequest(boardId, await BoardsJson.ReadAsync<Card>(http)), http.RequestAborted)));

        api.MapGet("/boards/{boardId}/cards", async (string boardId, HttpContext http, ISender sender) =>
        {
            var page = Number(http, "page", 0, int.MaxValue / MaxPerPage);
            var perPage = Number(http, "per_page", DefaultPerPage, MaxPerPage);
            return BoardsJson.Ok(await sender.Send(new GetCardsRequest(boardId, page, perPage), http.RequestAborted));
        });

        api.MapGet("/cards/{cardId}", async (string cardId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetCardRequest(cardId), http.RequestAborted)));

        api.MapPatch("/cards/{cardId}", async (string cardId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new PatchCardRequest(cardId, await BoardsJson.ReadAsync<CardPatch>(http)), http.RequestAborted)));
    }

    private static int Number(HttpContext http, string name, int fallback, int max)
    {
        var text = http.Request.Query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max
            ? value
            : throw BoardsErrors.BadRequest($"invalid `{name}` parameter: a whole number from 0 to {max}");
    }
}
