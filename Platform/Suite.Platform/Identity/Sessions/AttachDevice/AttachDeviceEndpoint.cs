using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Sessions.AttachDevice;

internal static class AttachDeviceEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("/api/v4/users/sessions/device", async (HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<Body>("device_id");
            await sender.Send(new AttachDeviceRequest(body.DeviceId ?? ""), http.RequestAborted);
            return ApiResults.StatusOk();
        });

    private sealed record Body(string? DeviceId);
}
