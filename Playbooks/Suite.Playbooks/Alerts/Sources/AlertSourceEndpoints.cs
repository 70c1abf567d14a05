using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;
using Suite.Playbooks.Alerts.Sources.CreateAlertSource;
using Suite.Playbooks.Alerts.Sources.DeleteAlertSource;
using Suite.Playbooks.Alerts.Sources.GetAlertSources;
using Suite.Playbooks.Alerts.Sources.RegenerateSecret;
using Suite.Playbooks.Alerts.Sources.UpdateAlertSource;

namespace Suite.Playbooks.Alerts.Sources;

/// <summary>Managing a playbook's alert sources, under the Playbooks API.</summary>
internal static class AlertSourceEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/alert-sources", async (HttpContext http, ISender sender, AlertsOptions options) =>
        {
            var request = await http.ReadBodyAsync<CreateAlertSourceRequest>() with { BaseUrl = BaseUrl(http, options) };
            var source = await sender.Send(request, http.RequestAborted);
            http.Response.Headers.Location = $"/api/v0/alert-sources/{source.Id}";
            return ApiResults.Created(source);
        });

        api.MapGet("/alert-sources", async (HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetAlertSourcesRequest(http.Request.Text("playbook_id")), http.RequestAborted)));

        api.MapGet("/alert-sources/{id}", async (string id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetAlertSourceRequest(id), http.RequestAborted)));

        api.MapPut("/alert-sources/{id}", async (string id, HttpContext http, ISender sender) =>
        {
            var changes = await http.ReadBodyAsync<AlertSourceChanges>();
            return ApiResults.Ok(await sender.Send(new UpdateAlertSourceRequest(id, changes.Name, changes.NameTemplate, changes.Rules), http.RequestAborted));
        });

        api.MapDelete("/alert-sources/{id}", async (string id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new DeleteAlertSourceRequest(id), http.RequestAborted);
            return Results.NoContent();
        });

        api.MapPost("/alert-sources/{id}/regenerate-secret", async (string id, HttpContext http, ISender sender, AlertsOptions options) =>
            ApiResults.Ok(await sender.Send(new RegenerateAlertSourceSecretRequest(id, BaseUrl(http, options)), http.RequestAborted)));
    }

    private static string BaseUrl(HttpContext http, AlertsOptions options) =>
        options.SiteUrl.Length > 0 ? options.SiteUrl.TrimEnd('/') : $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
}
