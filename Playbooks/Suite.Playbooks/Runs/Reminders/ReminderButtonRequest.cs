using Suite.Platform.Mediator;

namespace Suite.Playbooks.Runs.Reminders;

/// <summary>
/// <c>POST /runs/{id}/reminder/button-update</c>: the reminder's "Update status" button. Mattermost answers
/// by opening its update dialog through the request's <c>trigger_id</c>; Suite has no interactive dialogs,
/// so a participant gets a post action response that takes them to the run's page, where the update is
/// posted, and says so. The caller is the session's user, never the body's <c>user_id</c>.
/// </summary>
internal sealed record ReminderButtonRequest(string RunId) : IRequest<ReminderButtonResponse>;

/// <summary>Mattermost's post action response.</summary>
internal sealed record ReminderButtonResponse(string EphemeralText, string GotoLocation);

internal sealed class ReminderButtonHandler(RunAccess access) : IRequestHandler<ReminderButtonRequest, ReminderButtonResponse>
{
    public async Task<ReminderButtonResponse> Handle(ReminderButtonRequest request, CancellationToken cancellationToken)
    {
        var run = await access.WorkableAsync(request.RunId, cancellationToken);
        return new ReminderButtonResponse($"Post the status update for {RunPosts.Link(run)} from the run's page.", RunPosts.DetailsUrl(run.Id));
    }
}
