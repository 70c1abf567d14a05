using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.CreateGroupChannel;

internal static class CreateGroupChannelEndpoint
{
    public static void MapCreateGroupChannel(this IEndpointRouteBuilder api) =>
        api.MapPost("/channels/group", async (HttpContext http, ISender sender) =>
            ApiResults.Created(await sender.Send(new CreateGroupChannelRequest(await http.ReadBodyAsync<List<string>>("user_ids")), http.RequestAborted)));
}
