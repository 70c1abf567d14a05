using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;
using Suite.Playbooks.Playbooks.AutoFollows;
using Suite.Playbooks.Playbooks.Autocomplete;
using Suite.Playbooks.Playbooks.ExportImport;
using Suite.Playbooks.Playbooks.Members;
using Suite.Playbooks.Playbooks.PatchPlaybook;

namespace Suite.Playbooks.Playbooks;

/// <summary>Playbook routes beyond create, read, replace and archive: patch, export and import, autocomplete, members, auto-follows.</summary>
internal static class PlaybookSideEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPatch("/playbooks/{id}", async (string id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new PatchPlaybookRequest(id, await http.ReadBodyAsync<JsonObject>()), http.RequestAborted)));

        api.MapGet("/playbooks/{id}/export", async (string id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new ExportPlaybookRequest(id), http.RequestAborted)));

        api.MapPost("/playbooks/import", async (HttpContext http, ISender sender) =>
        {
            var file = PlaybookExport.Read(await http.ReadBodyAsync<JsonObject>());
            if (http.Request.Text("team_id") is { Length: > 0 } teamId)
            {
                file.Playbook.TeamId = teamId;
            }

            var id = await sender.Send(new ImportPlaybookRequest(file), http.RequestAborted);
            http.Response.Headers.Location = $"/api/v0/playbooks/{id}";
            return ApiResults.Created(new { id });
        });

        api.MapGet("/playbooks/autocomplete", async (HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetPlaybooksAutocompleteRequest(http.Request.Text("team_id"), http.Request.Flag("with_archived")), http.RequestAborted)));

        api.MapPut("/playbooks/{id}/members/{userId}", async (string id, string userId, HttpContext http, ISender sender) =>
        {
            var roles = http.Request.ContentLength is null or 0 ? [] : (await http.ReadBodyAsync<RolesBody>()).Roles ?? [];
            return ApiResults.Ok(await sender.Send(new SetPlaybookMemberRequest(id, userId, roles), http.RequestAborted));
        });

        api.MapDelete("/playbooks/{id}/members/{userId}", async (string id, string userId, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new RemovePlaybookMemberRequest(id, userId), http.RequestAborted)));

        api.MapGet("/playbooks/{id}/autofollows", async (string id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetAutoFollowsRequest(id), http.RequestAborted)));

        api.MapPut("/playbooks/{id}/autofollows/{userId}", (string id, string userId, HttpContext http, ISender sender) => AutoFollowAsync(id, userId, follow: true, http, sender));
        api.MapDelete("/playbooks/{id}/autofollows/{userId}", (string id, string userId, HttpContext http, ISender sender) => AutoFollowAsync(id, userId, follow: false, http, sender));
    }

    private static async Task<IResult> AutoFollowAsync(string id, string userId, bool follow, HttpContext http, ISender sender)
    {
        await sender.Send(new SetAutoFollowRequest(id, userId, follow), http.RequestAborted);
        return Results.Ok();
    }

    private sealed record RolesBody(List<string>? Roles);
}
