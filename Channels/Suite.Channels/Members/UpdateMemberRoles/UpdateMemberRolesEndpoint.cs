using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.UpdateMemberRoles;

internal static class UpdateMemberRolesEndpoint
{
    public static void MapUpdateMemberRoles(this IEndpointRouteBuilder api)
    {
        api.MapPut("/channels/{channel_id}/members/{user_id}/roles", async (string channel_id, string user_id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<MemberRolesBody>("roles");
            await sender.Send(new UpdateMemberRolesRequest(channel_id, user_id, body.Roles ?? ""), http.RequestAborted);
            return ApiResults.StatusOk();
        });
        api.MapPut("/channels/{channel_id}/members/{user_id}/schemeRoles", async (string channel_id, string user_id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<MemberSchemeRolesBody>("scheme_roles");
            await sender.Send(new UpdateMemberSchemeRolesRequest(channel_id, user_id, body.SchemeAdmin, body.SchemeUser, body.SchemeGuest), http.RequestAborted);
            return ApiResults.StatusOk();
        });
    }
}
