using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;

namespace Suite.Playbooks.PropertyFields;

/// <summary>Run attributes at Mattermost's routes: the fields on a playbook, their copies and values on a run.</summary>
internal static class PropertyFieldEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/playbooks/{id}/property_fields", async (string id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetPlaybookPropertyFieldsRequest(id, UpdatedSince(http)), http.RequestAborted)));

        api.MapPost("/playbooks/{id}/property_fields", async (string id, HttpContext http, ISender sender) =>
            ApiResults.Created(await sender.Send(new CreatePropertyFieldRequest(id, await http.ReadBodyAsync<PropertyField>()), http.RequestAborted)));

        api.MapPost("/playbooks/{id}/property_fields/reorder", async (string id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<ReorderBody>();
            return ApiResults.Ok(await sender.Send(new ReorderPropertyFieldsRequest(id, body.FieldId ?? "", body.TargetPosition), http.RequestAborted));
        });

        api.MapPut("/playbooks/{id}/property_fields/{fieldId}", async (string id, string fieldId, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new UpdatePropertyFieldRequest(id, fieldId, await http.ReadBodyAsync<PropertyField>()), http.RequestAborted)));

        api.MapDelete("/playbooks/{id}/property_fields/{fieldId}", async (string id, string fieldId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new DeletePropertyFieldRequest(id, fieldId), http.RequestAborted);
            return Results.NoContent();
        });

        api.MapGet("/runs/{id}/property_fields", async (string id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetRunPropertyFieldsRequest(id, UpdatedSince(http)), http.RequestAborted)));

        api.MapGet("/runs/{id}/property_values", async (string id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetRunPropertyValuesRequest(id, UpdatedSince(http)), http.RequestAborted)));

        api.MapPut("/runs/{id}/property_fields/{fieldId}/value", async (string id, string fieldId, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<ValueBody>();
            return ApiResults.Ok(await sender.Send(new SetRunPropertyValueRequest(id, fieldId, body.Value), http.RequestAborted));
        });
    }

    private static long UpdatedSince(HttpContext http) =>
        http.Request.Text("updated_since") is { Length: > 0 } text
            ? long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var since) ? since : throw AppErrorException.InvalidUrl("updated_since")
            : 0;

    private sealed record ReorderBody(string? FieldId, int TargetPosition);

    private sealed record ValueBody(JsonElement Value);
}
