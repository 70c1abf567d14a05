using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;
using Suite.Playbooks.Checklists.ChangeChecklist;

namespace Suite.Playbooks.Checklists;

/// <summary>
/// The checklist routes of a run, by zero-based checklist index <c>{n}</c> and item index <c>{i}</c>;
/// both <c>/item/</c> and <c>/items/</c> are served, as Mattermost registers both. They answer 200
/// with no body, as Mattermost does; the run's new state arrives by WebSocket or <c>GET /runs/{id}</c>.
/// </summary>
internal static class ChecklistEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var checklists = api.MapGroup("/runs/{id}/checklists");
        checklists.MapPost("", (string id, HttpContext http, ISender sender) =>
            ChangeAsync(http, sender, id, async () => new AddChecklist(await http.ReadBodyAsync<Checklist>())));
        checklists.MapDelete("/{n:int}", (string id, int n, HttpContext http, ISender sender) =>
            ChangeAsync(http, sender, id, () => Task.FromResult<ChecklistChange>(new DeleteChecklist(n))));
        checklists.MapPut("/{n:int}/rename", (string id, int n, HttpContext http, ISender sender) =>
            ChangeAsync(http, sender, id, async () => new RenameChecklist(n, (await http.ReadBodyAsync<TitleBody>()).Title ?? "")));
        checklists.MapPost("/{n:int}/add", (string id, int n, HttpContext http, ISender sender) =>
            ChangeAsync(http, sender, id, async () => new AddItem(n, await http.ReadBodyAsync<ChecklistItem>())));
        checklists.MapPost("/{n:int}/add-dialog", (string id, int n, HttpContext http, ISender sender, ICurrentUser user) =>
            ChangeAsync(http, sender, id, async () => AddItemFromDialog(n, await DialogSubmission.ReadAsync(http, user))));

        foreach (var item in new[] { "/{n:int}/item/{i:int}", "/{n:int}/items/{i:int}" })
        {
            checklists.MapPut(item, (string id, int n, int i, HttpContext http, ISender sender) =>
                ChangeAsync(http, sender, id, async () =>
                {
                    var body = await http.ReadBodyAsync<ItemBody>();
                    return new EditItem(n, i, body.Title ?? "", body.Description ?? "", body.Command ?? "");
                }));
            checklists.MapDelete(item, (string id, int n, int i, HttpContext http, ISender sender) =>
                ChangeAsync(http, sender, id, () => Task.FromResult<ChecklistChange>(new DeleteItem(n, i))));
            checklists.MapPut(item + "/state", (string id, int n, int i, HttpContext http, ISender sender) =>
                ChangeAsync(http, sender, id, async () => new SetItemState(n, i, (await http.ReadBodyAsync<StateBody>()).NewState ?? "?")));
            checklists.MapPut(item + "/skip", (string id, int n, int i, HttpContext http, ISender sender) =>
                ChangeAsync(http, sender, id, () => Task.FromResult<ChecklistChange>(new SetItemState(n, i, ChecklistItemStates.Skipped))));
            checklists.MapPut(item + "/restore", (string id, int n, int i, HttpContext http, ISender sender) =>
                ChangeAsync(http, sender, id, () => Task.FromResult<ChecklistChange>(new SetItemState(n, i, ChecklistItemStates.Open))));
            checklists.MapPut(item + "/assignee", (string id, int n, int i, HttpContext http, ISender sender) =>
                ChangeAsync(http, sender, id, async () => new SetItemAssignee(n, i, (await http.ReadBodyAsync<AssigneeBody>()).AssigneeId ?? "", new Dictionary<string, string>())));
        }
    }

    /// <summary>The "Add new task" dialog: <c>submission: {name, description}</c>; the name must not be blank.</summary>
    private static AddItem AddItemFromDialog(int checklist, DialogSubmission dialog)
    {
        var title = dialog.Text("name").Trim();
        return title.Length > 0
            ? new AddItem(checklist, new ChecklistItem { Title = title, Description = dialog.Text("description") })
            : throw AppErrorException.InvalidBody("submission.name", "The task's name must not be blank.");
    }

    private static async Task<IResult> ChangeAsync(HttpContext http, ISender sender, string runId, Func<Task<ChecklistChange>> change)
    {
        await sender.Send(new ChangeChecklistRequest(runId, await change()), http.RequestAborted);
        return Results.Ok();
    }

    private sealed record TitleBody(string? Title);

    private sealed record ItemBody(string? Title, string? Description, string? Command);

    private sealed record StateBody(string? NewState);

    private sealed record AssigneeBody(string? AssigneeId);
}
