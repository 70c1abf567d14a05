using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Channels.Api;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.GetChannelMembers;

internal static class GetChannelMembersEndpoint
{
    public static void MapGetChannelMembers(this IEndpointRouteBuilder api)
    {
        api.MapGet("/channels/{channel_id}/members", async (string channel_id, HttpContext http, ISender sender) =>
        {
            var (page, perPage) = QueryParams.Paging(http.Request);
            return ApiResults.Ok(await sender.Send(new GetChannelMembersRequest(channel_id, null, page, perPage), http.RequestAborted));
        });
        api.MapPost("/channels/{channel_id}/members/ids", async (string channel_id, HttpContext http, ISender sender) =>
        {
            var ids = await http.ReadBodyAsync<List<string>>("user_ids");
            return ApiResults.Ok(await sender.Send(new GetChannelMembersRequest(channel_id, ids, 0, 0), http.RequestAborted));
        });
    }
}
