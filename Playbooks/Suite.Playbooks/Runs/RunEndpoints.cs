using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Channels.Contracts;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;
using Suite.Playbooks.Bot;
using Suite.Playbooks.Runs.ChangeOwner;
using Suite.Playbooks.Runs.CreateRun;
using Suite.Playbooks.Runs.DeleteTimelineEvent;
using Suite.Playbooks.Runs.FinishRun;
using Suite.Playbooks.Runs.GetRun;
using Suite.Playbooks.Runs.GetRuns;
using Suite.Playbooks.Runs.Report;
using Suite.Playbooks.Runs.Retrospective;
using Suite.Playbooks.Runs.UpdateStatus;

namespace Suite.Playbooks.Runs;

/// <summary>The run routes of Mattermost's Playbooks API v0 (checklists are in <see cref="Checklists.ChecklistEndpoints"/>).</summary>
internal static class RunEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/runs", async (HttpContext http, ISender sender) =>
        {
            var run = await sender.Send(await http.ReadBodyAsync<CreateRunRequest>(), http.RequestAborted);
            http.Response.Headers.Location = $"/api/v0/runs/{run.Id}";
            return ApiResults.Created(run);
        });
        api.MapPost("/runs/dialog", CreateFromDialogAsync);

        api.MapGet("/runs", async (HttpContext http, ISender sender) => ApiResults.Ok(await sender.Send(RunsQuery(http.Request), http.RequestAborted)));

        api.MapGet("/runs/{id}", async (string id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetRunRequest(id), http.RequestAborted)));

        api.MapPost("/runs/{id}/status", async (string id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<StatusBody>();
            await sender.Send(new UpdateStatusRequest(id, body.Message ?? "", body.Reminder, body.FinishRun), http.RequestAborted);
            return Results.Ok();
        });
        api.MapPost("/runs/{id}/update-status-dialog", async (string id, HttpContext http, ISender sender) =>
        {
            var dialog = await DialogSubmission.ReadAsync(http);
            await sender.Send(new UpdateStatusRequest(id, dialog.StrictText("message").Trim(), dialog.Number("reminder"), dialog.Flag("finish_run")), http.RequestAborted);
            return Results.Ok();
        });

        api.MapPut("/runs/{id}/finish", async (string id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new FinishRunRequest(id, Finished: true), http.RequestAborted);
            return Results.Ok();
        });
        api.MapPost("/runs/{id}/finish-dialog", async (string id, HttpContext http, ISender sender) =>
        {
            try
            {
                await sender.Send(new FinishRunRequest(id, Finished: true), http.RequestAborted);
            }
            catch (AppErrorException refused) when (refused.Error.StatusCode is StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound)
            {
                // The plugin lets the dialog say so rather than failing the submission.
                return DialogResponse.ForDialog("You don't have permission to finish this run.");
            }

            return Results.Ok();
        });

        api.MapPut("/runs/{id}/restore", async (string id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new FinishRunRequest(id, Finished: false), http.RequestAborted);
            return Results.Ok();
        });

        api.MapPost("/runs/{id}/owner", async (string id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<OwnerBody>();
            await sender.Send(new ChangeOwnerRequest(id, body.OwnerId ?? ""), http.RequestAborted);
            return Results.Ok();
        });

        api.MapPost("/runs/{id}/retrospective", (string id, HttpContext http, ISender sender) => RetrospectiveAsync(id, http, sender, publish: false));
        api.MapPost("/runs/{id}/retrospective/publish", (string id, HttpContext http, ISender sender) => RetrospectiveAsync(id, http, sender, publish: true));
        api.MapPost("/runs/{id}/no-retrospective-button", async (string id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new CancelRetrospectiveRequest(id), http.RequestAborted);
            return Results.Ok();
        });

        api.MapGet("/runs/{id}/report", async (string id, HttpContext http, ISender sender) =>
        {
            var format = http.Request.Text("format");
            var report = await sender.Send(new GetRunReportRequest(id, format.Length == 0 ? "markdown" : format), http.RequestAborted);
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{report.FileName}\"";
            return Results.Text(report.Content, report.ContentType);
        });

        api.MapDelete("/runs/{id}/timeline/{eventId}", async (string id, string eventId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new DeleteTimelineEventRequest(id, eventId), http.RequestAborted);
            return Results.NoContent();
        });
    }

    /// <summary>
    /// <c>POST /runs/dialog</c>: the "Run playbook" dialog (<c>submission: {playbookID, playbookRunName}</c>, <c>state: {post_id, client_id}</c>)
    /// starts a run owned by its submitter in the dialog's team; answers 201 with its <c>Location</c> and no body, as the
    /// plugin, and tells the owner where it started by an ephemeral post in the dialog's channel. A name too long for a
    /// run is shown on the dialog's name element.
    /// </summary>
    private static async Task<IResult> CreateFromDialogAsync(HttpContext http, ISender sender, ICurrentUser user, EphemeralMessages ephemeral, PlaybooksBot bot)
    {
        var dialog = await DialogSubmission.ReadAsync(http, user);
        var state = dialog.ReadState<RunDialogState>();
        var name = dialog.Text(RunDialogState.NameElement).Trim();
        if (name.Length > CreateRunValidator.MaxNameLength)
        {
            return DialogResponse.ForElement(RunDialogState.NameElement, $"The name is invalid or too long. Please use a valid name with at most {CreateRunValidator.MaxNameLength} characters.");
        }

        var playbookId = dialog.Text(RunDialogState.PlaybookElement);
        if (playbookId.Length == 0)
        {
            throw AppErrorException.InvalidBody($"submission.{RunDialogState.PlaybookElement}", "Choose the playbook to run.");
        }

        var run = await sender.Send(new CreateRunRequest { Name = name, TeamId = dialog.TeamId ?? "", PlaybookId = playbookId, PostId = state.PostId ?? "" }, http.RequestAborted);
        if (!string.IsNullOrEmpty(dialog.ChannelId) && await sender.Send(new GetChannelInfo(run.ChannelId), http.RequestAborted) is { } channel)
        {
            await ephemeral.SendAsync(await bot.IdAsync(http.RequestAborted), run.OwnerUserId, dialog.ChannelId, $"Playbook run {run.Name} started in ~{channel.Name}", http.RequestAborted);
        }

        http.Response.Headers.Location = $"/api/v0/runs/{run.Id}";
        return Results.StatusCode(StatusCodes.Status201Created);
    }

    /// <summary><c>GET /runs</c>'s filters and paging, from the query string.</summary>
    public static GetRunsRequest RunsQuery(HttpRequest query) => new()
    {
        TeamId = query.Text("team_id"),
        Paging = query.Paging("create_at"),
        Statuses = query.All("statuses"),
        OwnerUserId = query.Text("owner_user_id"),
        ParticipantId = query.Text("participant_id"),
        ParticipantOrFollowerId = query.Text("participant_or_follower_id"),
        PlaybookId = query.Text("playbook_id"),
        ChannelId = query.Text("channel_id"),
        SearchTerm = query.Text("search_term"),
        OmitEnded = query.Flag("omit_ended"),
        IsOverdue = query.Text("is_overdue").Length == 0 ? null : query.Flag("is_overdue"),
    };

    private static async Task<IResult> RetrospectiveAsync(string id, HttpContext http, ISender sender, bool publish)
    {
        var body = await http.ReadBodyAsync<RetrospectiveBody>();
        await sender.Send(new WriteRetrospectiveRequest(id, body.Retrospective ?? "", body.Metrics ?? [], publish), http.RequestAborted);
        return Results.Ok();
    }

    private sealed record RetrospectiveBody(string? Retrospective, List<RunMetricValue>? Metrics);

    private sealed record StatusBody(string? Message, long Reminder, bool FinishRun);

    private sealed record OwnerBody(string? OwnerId);

    /// <summary>The state the "Run playbook" dialog is opened with, and its elements' names, as the plugin's.</summary>
    private sealed record RunDialogState(string? PostId, string? ClientId)
    {
        public const string PlaybookElement = "playbookID";
        public const string NameElement = "playbookRunName";
    }
}
