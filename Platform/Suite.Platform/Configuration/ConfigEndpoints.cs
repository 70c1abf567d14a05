using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Configuration.GetClientConfig;
using Suite.Platform.Configuration.GetConfig;
using Suite.Platform.Configuration.UpdateConfig;
using Suite.Platform.Mediator;

namespace Suite.Platform.Configuration;

internal static class ConfigEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v4/config/client", async (HttpRequest http, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetClientConfigRequest(http.Query["format"]), cancellationToken)));
        endpoints.MapGet("/api/v4/config", async (ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetConfigRequest(), cancellationToken)));
        endpoints.MapPut("/api/v4/config", async (JsonElement body, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new UpdateConfigRequest(body, Patch: false), cancellationToken)));
        endpoints.MapPut("/api/v4/config/patch", async (JsonElement body, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new UpdateConfigRequest(body, Patch: true), cancellationToken)));
    }
}
