using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;

namespace Suite.Playbooks.Conditions;

/// <summary>Conditional playbooks at the plugin's routes: a playbook's conditions, and the read-only copies on a run.</summary>
internal static class ConditionEndpoints
{
    private const int DefaultPerPage = 20;
    private const int MaxPerPage = 200;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/playbooks/{id}/conditions", async (string id, HttpContext http, ISender sender) =>
        {
            var (page, perPage) = Paging(http.Request);
            return ApiResults.Ok(await sender.Send(new GetPlaybookConditionsRequest(id, page, perPage), http.RequestAborted));
        });
        api.MapPost("/playbooks/{id}/conditions", async (string id, HttpContext http, ISender sender) =>
        {
            var condition = await sender.Send(new CreateConditionRequest(id, await http.ReadBodyAsync<ConditionBody>()), http.RequestAborted);
            http.Response.Headers.Location = $"/plugins/playbooks/api/v0/playbooks/{id}/conditions/{condition.Id}";
            return ApiResults.Created(condition);
        });
        api.MapPut("/playbooks/{id}/conditions/{conditionId}", async (string id, string conditionId, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new UpdateConditionRequest(id, conditionId, await http.ReadBodyAsync<ConditionBody>()), http.RequestAborted)));
        api.MapDelete("/playbooks/{id}/conditions/{conditionId}", async (string id, string conditionId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new DeleteConditionRequest(id, conditionId), http.RequestAborted);
            return Results.NoContent();
        });
        api.MapGet("/runs/{id}/conditions", async (string id, HttpContext http, ISender sender) =>
        {
            var (page, perPage) = Paging(http.Request);
            return ApiResults.Ok(await sender.Send(new GetRunConditionsRequest(id, page, perPage), http.RequestAborted));
        });
    }

    /// <summary>The plugin's lenient paging: a bad or negative page is the first, <c>per_page</c> defaults to 20 and stops at 200.</summary>
    private static (int Page, int PerPage) Paging(HttpRequest request)
    {
        var page = int.TryParse(request.Text("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
        var perPage = int.TryParse(request.Text("per_page"), NumberStyles.None, CultureInfo.InvariantCulture, out var pp) && pp > 0 ? Math.Min(pp, MaxPerPage) : DefaultPerPage;
        return (page, perPage);
    }
}
