using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;
using Suite.Playbooks.Runs.AddToTimeline;
using Suite.Playbooks.Runs.ChannelRuns;
using Suite.Playbooks.Runs.Followers;
using Suite.Playbooks.Runs.Metadata;
using Suite.Playbooks.Runs.Owners;
using Suite.Playbooks.Runs.Participants;
using Suite.Playbooks.Runs.PatchRun;
using Suite.Playbooks.Runs.Reminders;
using Suite.Playbooks.Runs.RequestUpdate;
using Suite.Playbooks.Runs.StatusUpdates;
using Suite.Playbooks.Runs.Toggles;

namespace Suite.Playbooks.Runs;

/// <summary>
/// The run routes beyond starting, updating and ending one (<see cref="RunEndpoints"/>): editing, metadata,
/// status update history and requests, reminders, followers, settings toggles, and the lookups by channel.
/// </summary>
internal static class RunOperationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/runs/owners", async (HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetOwnersRequest(http.Request.Text("team_id")), http.RequestAborted)));
        api.MapGet("/runs/channels", async (HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetRunChannelsRequest(RunEndpoints.RunsQuery(http.Request)), http.RequestAborted)));
        api.MapGet("/runs/channel/{channelId}", async (string channelId, HttpContext http, ISender sender) =>
            ApiResults.Ok((await sender.Send(new GetChannelRunsRequest(channelId, Single: true), http.RequestAborted))[0]));
        api.MapGet("/runs/channel/{channelId}/runs", async (string channelId, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetChannelRunsRequest(channelId, Single: false), http.RequestAborted)));

        api.MapPost("/runs/add-to-timeline-dialog", async (HttpContext http, ISender sender) =>
            await SendAsync(http, sender, AddPostToTimelineHandler.FromDialog(await DialogSubmission.ReadAsync(http))));

        api.MapPatch("/runs/{id}", async (string id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<PatchBody>();
            return ApiResults.Ok(await sender.Send(new PatchRunRequest(id, body.Name?.Trim(), body.Summary?.Trim()), http.RequestAborted));
        });
        api.MapGet("/runs/{id}/metadata", async (string id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetRunMetadataRequest(id), http.RequestAborted)));
        api.MapGet("/runs/{id}/status-updates", async (string id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetStatusUpdatesRequest(id), http.RequestAborted)));
        api.MapPost("/runs/{id}/request-update", (string id, HttpContext http, ISender sender) => SendAsync(http, sender, new RequestUpdateRequest(id)));
        api.MapPost("/runs/{id}/request-join-channel", (string id, HttpContext http, ISender sender) => SendAsync(http, sender, new RequestJoinChannelRequest(id)));

        api.MapPost("/runs/{id}/reminder", async (string id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<SnoozeBody>();
            await sender.Send(new SnoozeReminderRequest(id, body.NewReminderSeconds ?? throw AppErrorException.InvalidBody("new_reminder_seconds")), http.RequestAborted);
            return Results.NoContent();
        });
        api.MapPost("/runs/{id}/reminder/button-update", async (string id, HttpContext http, ISender sender) =>
        {
            // Mattermost refuses a button request without its post action body ("missing request data").
            _ = await http.ReadBodyAsync<PostActionBody>();
            return ApiResults.Ok(await sender.Send(new ReminderButtonRequest(id), http.RequestAborted));
        });
        api.MapPut("/runs/{id}/status-update-enabled", async (string id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<StatusEnabledBody>();
            await sender.Send(new ToggleRunSettingRequest(id, RunSetting.StatusUpdates, body.StatusEnabled ?? throw AppErrorException.InvalidBody("status_enabled")), http.RequestAborted);
            return ApiResults.Ok(new SuccessBody(true));
        });
        api.MapPut("/runs/{id}/retrospective-enabled", async (string id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<RetrospectiveEnabledBody>();
            await sender.Send(new ToggleRunSettingRequest(id, RunSetting.Retrospective, body.RetrospectiveEnabled ?? throw AppErrorException.InvalidBody("retrospective_enabled")), http.RequestAborted);
            return ApiResults.Ok(new SuccessBody(true));
        });

        api.MapPost("/runs/{id}/participants", async (string id, HttpContext http, ISender sender) =>
            await SendAsync(http, sender, new ChangeParticipantsRequest(id, (await http.ReadBodyAsync<ParticipantsBody>()).UserIds ?? [], Add: true)));
        api.MapDelete("/runs/{id}/participants", async (string id, HttpContext http, ISender sender) =>
            await SendAsync(http, sender, new ChangeParticipantsRequest(id, (await http.ReadBodyAsync<ParticipantsBody>()).UserIds ?? [], Add: false)));

        api.MapPut("/runs/{id}/followers", (string id, HttpContext http, ISender sender) => SendAsync(http, sender, new FollowRunRequest(id, Follow: true)));
        api.MapDelete("/runs/{id}/followers", (string id, HttpContext http, ISender sender) => SendAsync(http, sender, new FollowRunRequest(id, Follow: false)));
        api.MapGet("/runs/{id}/followers", async (string id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetFollowersRequest(id), http.RequestAborted)));
    }

    private static async Task<IResult> SendAsync(HttpContext http, ISender sender, IRequest<Unit> request)
    {
        await sender.Send(request, http.RequestAborted);
        return Results.Ok();
    }

    private sealed record PatchBody(string? Name, string? Summary);

    private sealed record SnoozeBody(long? NewReminderSeconds);

    private sealed record PostActionBody(string? PostId, string? TriggerId);

    private sealed record StatusEnabledBody(bool? StatusEnabled);

    private sealed record RetrospectiveEnabledBody(bool? RetrospectiveEnabled);

    private sealed record SuccessBody(bool Success);

    private sealed record ParticipantsBody(List<string>? UserIds);
}
