using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Boards.Api;
using Suite.Boards.Templates.GetTemplates;
using Suite.Platform.Mediator;

namespace Suite.Boards.Templates;

/// <summary>Focalboard's template route; a board is created from a template with <c>POST /boards/{templateId}/duplicate</c>.</summary>
internal static class TemplateEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/teams/{teamId}/templates", async (string teamId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetTemplatesRequest(teamId), http.RequestAborted)));
}
