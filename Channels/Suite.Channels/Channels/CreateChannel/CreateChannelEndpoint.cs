using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.CreateChannel;

internal static class CreateChannelEndpoint
{
    public static void MapCreateChannel(this IEndpointRouteBuilder api) =>
        api.MapPost("/channels", async (HttpContext http, ISender sender) =>
            ApiResults.Created(await sender.Send(await http.ReadBodyAsync<CreateChannelRequest>("channel"), http.RequestAborted)));
}
