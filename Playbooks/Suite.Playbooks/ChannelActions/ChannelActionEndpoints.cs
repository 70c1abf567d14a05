using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;
using Suite.Playbooks.ChannelActions.GetChannelActions;
using Suite.Playbooks.ChannelActions.MessageOnJoin;
using Suite.Playbooks.ChannelActions.SaveChannelAction;

namespace Suite.Playbooks.ChannelActions;

/// <summary>The channel action routes of Mattermost's Playbooks API v0.</summary>
internal static class ChannelActionEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var channel = api.MapGroup("/actions/channels/{channelId}");
        channel.MapGet("", async (string channelId, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetChannelActionsRequest(channelId, http.Request.Text("action_type"), http.Request.Text("trigger_type")), http.RequestAborted)));

        channel.MapPost("", async (string channelId, HttpContext http, ISender sender) =>
        {
            var id = await sender.Send(new SaveChannelActionRequest(channelId, null, await http.ReadBodyAsync<ChannelActionInput>()), http.RequestAborted);
            http.Response.Headers.Location = $"/api/v0/actions/channels/{channelId}/{id}";
            return ApiResults.Created(new { id });
        });

        channel.MapGet("/check-and-send-message-on-join", async (string channelId, HttpContext http, ISender sender) =>
            ApiResults.Ok(new { viewed = await sender.Send(new CheckAndSendMessageOnJoinRequest(channelId), http.RequestAborted) }));

        channel.MapPut("/{actionId}", async (string channelId, string actionId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new SaveChannelActionRequest(channelId, actionId, await http.ReadBodyAsync<ChannelActionInput>()), http.RequestAborted);
            return Results.Ok();
        });
    }
}
