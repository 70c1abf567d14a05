using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.CreateDirectChannel;

internal static class CreateDirectChannelEndpoint
{
    public static void MapCreateDirectChannel(this IEndpointRouteBuilder api) =>
        api.MapPost("/channels/direct", async (HttpContext http, ISender sender) =>
            ApiResults.Created(await sender.Send(new CreateDirectChannelRequest(await http.ReadBodyAsync<List<string>>("user_ids")), http.RequestAborted)));
}
