using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Boards.Api;
using Suite.Boards.Search.SearchBoards;
using Suite.Boards.Search.SearchCards;
using Suite.Boards.Search.SearchChannels;
using Suite.Platform.Mediator;

namespace Suite.Boards.Search;

/// <summary>Focalboard's board search routes (<c>server/api/search.go</c>) and Suite's search across boards.</summary>
internal static class SearchEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/teams/{teamId}/boards/search", async (string teamId, HttpContext http, ISender sender) =>
        {
            var field = SearchBoardsHandler.ParseField(http.Request.Query["field"].ToString());
            return BoardsJson.Ok(await sender.Send(new SearchBoardsRequest(teamId, http.Request.Query["q"].ToString(), field, LinkableOnly: false), http.RequestAborted));
        });

        api.MapGet("/teams/{teamId}/boards/search/linkable", async (string teamId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new SearchBoardsRequest(teamId, http.Request.Query["q"].ToString(), BoardSearchField.Title, LinkableOnly: true), http.RequestAborted)));

        api.MapGet("/boards/search", async (HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new SearchBoardsRequest(null, http.Request.Query["q"].ToString(), BoardSearchField.Title, LinkableOnly: false), http.RequestAborted)));

        api.MapGet("/teams/{teamId}/channels", async (string teamId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new SearchChannelsRequest(teamId, http.Request.Query["search"].ToString()), http.RequestAborted)));

        api.MapGet("/teams/{teamId}/cards/search", async (string teamId, HttpContext http, ISender sender) =>
        {
            var limitText = http.Request.Query["limit"].ToString();
            var limit = SearchCardsHandler.DefaultLimit;
            if (limitText.Length > 0 && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > SearchCardsHandler.MaxLimit))
            {
                throw BoardsErrors.BadRequest($"invalid `limit` parameter: a whole number from 1 to {SearchCardsHandler.MaxLimit}");
            }

            return BoardsJson.Ok(await sender.Send(new SearchCardsRequest(teamId, http.Request.Query["q"].ToString(), limit), http.RequestAborted));
        });
    }
}
