using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.AddChannelMembers;

internal static class AddChannelMembersEndpoint
{
    public static void MapAddChannelMembers(this IEndpointRouteBuilder api) =>
        api.MapPost("/channels/{channel_id}/members", async (string channel_id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<AddChannelMembersBody>("user_id");
            if (body.UserId is { Length: > 0 } single)
            {
                var members = await sender.Send(new AddChannelMembersRequest(channel_id, [single]), http.RequestAborted);
                return ApiResults.Created(members[0]);
            }

            if (body.UserIds is null)
            {
                throw AppErrorException.InvalidBody("user_id");
            }

            return ApiResults.Created(await sender.Send(new AddChannelMembersRequest(channel_id, body.UserIds), http.RequestAborted));
        });
}
