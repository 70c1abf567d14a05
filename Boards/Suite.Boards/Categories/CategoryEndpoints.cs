using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Boards.Api;
using Suite.Boards.Categories.CreateCategory;
using Suite.Boards.Categories.DeleteCategory;
using Suite.Boards.Categories.GetCategories;
using Suite.Boards.Categories.HideBoard;
using Suite.Boards.Categories.MoveBoard;
using Suite.Boards.Categories.ReorderCategories;
using Suite.Boards.Categories.ReorderCategoryBoards;
using Suite.Boards.Categories.UpdateCategory;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Boards.Categories;

/// <summary>The sidebar category routes of Focalboard's API v2 (<c>server/api/categories.go</c>).</summary>
internal static class CategoryEndpoints
{
    private const string Base = "/teams/{teamId}/categories";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet(Base, async (string teamId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetCategoriesRequest(teamId), http.RequestAborted)));

        api.MapPost(Base, async (string teamId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new CreateCategoryRequest(teamId, await BoardsJson.ReadAsync<CategoryBoards>(http)), http.RequestAborted)));

        api.MapPut(Base + "/reorder", async (string teamId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new ReorderCategoriesRequest(teamId, await ReadIdsAsync(http)), http.RequestAborted)));

        api.MapPut(Base + "/{categoryId}", async (string teamId, string categoryId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new UpdateCategoryRequest(teamId, categoryId, await BoardsJson.ReadAsync<CategoryBoards>(http)), http.RequestAborted)));

        api.MapDelete(Base + "/{categoryId}", async (string teamId, string categoryId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new DeleteCategoryRequest(teamId, categoryId), http.RequestAborted)));

        api.MapPut(Base + "/{categoryId}/boards/reorder", async (string teamId, string categoryId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new ReorderCategoryBoardsRequest(teamId, categoryId, await ReadIdsAsync(http)), http.RequestAborted)));

        // Focalboard answers this one with the bare text "ok".
        api.MapPost(Base + "/{categoryId}/boards/{boardId}", async (string teamId, string categoryId, string boardId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new MoveBoardRequest(teamId, categoryId, boardId), http.RequestAborted);
            return TypedResults.Text("ok", ApiJson.ContentType, statusCode: StatusCodes.Status200OK);
        });

        api.MapPut(Base + "/{categoryId}/boards/{boardId}/hide", async (string teamId, string categoryId, string boardId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new HideBoardRequest(teamId, categoryId, boardId, Hidden: true), http.RequestAborted);
            return BoardsJson.Empty();
        });

        api.MapPut(Base + "/{categoryId}/boards/{boardId}/unhide", async (string teamId, string categoryId, string boardId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new HideBoardRequest(teamId, categoryId, boardId, Hidden: false), http.RequestAborted);
            return BoardsJson.Empty();
        });
    }

    private static async Task<IReadOnlyList<string>> ReadIdsAsync(HttpContext http)
    {
        var ids = await BoardsJson.ReadAsync<List<string>>(http);
        return ids is null || ids.Any(string.IsNullOrEmpty) ? throw BoardsErrors.BadRequest("the body must be an array of ids") : ids;
    }
}
