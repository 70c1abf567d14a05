using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;
using Suite.Playbooks.Playbooks.ArchivePlaybook;
using Suite.Playbooks.Playbooks.CreatePlaybook;
using Suite.Playbooks.Playbooks.DuplicatePlaybook;
using Suite.Playbooks.Playbooks.GetPlaybook;
using Suite.Playbooks.Playbooks.GetPlaybooks;
using Suite.Playbooks.Playbooks.UpdatePlaybook;

namespace Suite.Playbooks.Playbooks;

/// <summary>The playbook routes of Mattermost's Playbooks API v0.</summary>
internal static class PlaybookEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/playbooks", async (HttpContext http, ISender sender) =>
        {
            var playbook = await sender.Send(new CreatePlaybookRequest(await http.ReadBodyAsync<Playbook>()), http.RequestAborted);
            http.Response.Headers.Location = $"/api/v0/playbooks/{playbook.Id}";
            return ApiResults.Created(new IdBody(playbook.Id));
        });

        api.MapGet("/playbooks", async (HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(
                new GetPlaybooksRequest(http.Request.Text("team_id"), http.Request.Paging("title"), http.Request.Text("search_term"), http.Request.Flag("with_archived")),
                http.RequestAborted)));

        api.MapGet("/playbooks/{id}", async (string id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetPlaybookRequest(id), http.RequestAborted)));

        api.MapPut("/playbooks/{id}", async (string id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new UpdatePlaybookRequest(id, await http.ReadBodyAsync<Playbook>()), http.RequestAborted)));

        api.MapDelete("/playbooks/{id}", async (string id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new ArchivePlaybookRequest(id, Archived: true), http.RequestAborted);
            return Results.NoContent();
        });

        api.MapPut("/playbooks/{id}/restore", async (string id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new ArchivePlaybookRequest(id, Archived: false), http.RequestAborted);
            return Results.NoContent();
        });

        api.MapPost("/playbooks/{id}/duplicate", async (string id, HttpContext http, ISender sender) =>
            ApiResults.Created(new IdBody(await sender.Send(new DuplicatePlaybookRequest(id), http.RequestAborted))));
    }

    private sealed record IdBody(string Id);
}
