using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Channels.Sidebar.CreateCategory;
using Suite.Channels.Sidebar.DeleteCategory;
using Suite.Channels.Sidebar.GetCategories;
using Suite.Channels.Sidebar.GetCategory;
using Suite.Channels.Sidebar.GetCategoryOrder;
using Suite.Channels.Sidebar.UpdateCategories;
using Suite.Channels.Sidebar.UpdateCategory;
using Suite.Channels.Sidebar.UpdateCategoryOrder;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Sidebar;

/// <summary>Mattermost's sidebar category routes; every answer is 200, as Mattermost's.</summary>
internal static class SidebarEndpoints
{
    private const string Categories = "/users/{user_id}/teams/{team_id}/channels/categories";

    public static void MapSidebar(this IEndpointRouteBuilder api)
    {
        api.MapGet(Categories, async (string user_id, string team_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetCategoriesRequest(user_id, team_id), http.RequestAborted)));

        api.MapPost(Categories, async (string user_id, string team_id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<SidebarCategoryBody>("category");
            return ApiResults.Ok(await sender.Send(new CreateCategoryRequest(user_id, team_id, body), http.RequestAborted));
        });

        api.MapPut(Categories, async (string user_id, string team_id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<List<SidebarCategoryBody>>("category");
            return ApiResults.Ok(await sender.Send(new UpdateCategoriesRequest(user_id, team_id, body), http.RequestAborted));
        });

        api.MapGet(Categories + "/order", async (string user_id, string team_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetCategoryOrderRequest(user_id, team_id), http.RequestAborted)));

        api.MapPut(Categories + "/order", async (string user_id, string team_id, HttpContext http, ISender sender) =>
        {
            var order = await http.ReadBodyAsync<List<string>>("order");
            return ApiResults.Ok(await sender.Send(new UpdateCategoryOrderRequest(user_id, team_id, order), http.RequestAborted));
        });

        api.MapGet(Categories + "/{category_id}", async (string user_id, string team_id, string category_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetCategoryRequest(user_id, team_id, category_id), http.RequestAborted)));

        api.MapPut(Categories + "/{category_id}", async (string user_id, string team_id, string category_id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<SidebarCategoryBody>("category");
            return ApiResults.Ok(await sender.Send(new UpdateCategoryRequest(user_id, team_id, category_id, body), http.RequestAborted));
        });

        api.MapDelete(Categories + "/{category_id}", async (string user_id, string team_id, string category_id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new DeleteCategoryRequest(user_id, team_id, category_id), http.RequestAborted);
            return ApiResults.StatusOk();
        });
    }
}
