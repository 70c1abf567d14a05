using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;

namespace Suite.Playbooks.Categories;

/// <summary>The Playbooks sidebar's categories at the plugin's <c>/my_categories</c> routes.</summary>
internal static class CategoryEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/my_categories", async (HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetMyCategoriesRequest(http.Request.Text("team_id")), http.RequestAborted)));
        api.MapPost("/my_categories", async (HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new CreateCategoryRequest(await http.ReadBodyAsync<Category>()), http.RequestAborted)));
        api.MapGet("/my_categories/favorites", async (HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new IsFavoriteRequest(http.Request.Text("team_id"), http.Request.Text("item_id"), http.Request.Text("type")), http.RequestAborted)));
        api.MapPut("/my_categories/{id}", async (string id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new UpdateCategoryRequest(id, await http.ReadBodyAsync<Category>()), http.RequestAborted);
            return Results.Ok();
        });
        api.MapPut("/my_categories/{id}/collapse", async (string id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new CollapseCategoryRequest(id, await http.ReadBodyAsync<bool>("collapsed")), http.RequestAborted);
            return Results.Ok();
        });
        api.MapDelete("/my_categories/{id}", async (string id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new DeleteCategoryRequest(id), http.RequestAborted);
            return Results.NoContent();
        });
    }
}
