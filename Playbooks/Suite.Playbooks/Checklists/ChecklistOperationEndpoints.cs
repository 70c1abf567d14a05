using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;
using Suite.Playbooks.Checklists.ChangeChecklist;
using Suite.Playbooks.Checklists.RunItemCommand;

namespace Suite.Playbooks.Checklists;

/// <summary>
/// The checklist routes that reorder, skip, copy and automate: moves take their indexes from the body,
/// the rest from the path, as Mattermost's. Status codes are Mattermost's (200, 201 for copies, 204 for
/// a whole checklist skipped or restored).
/// </summary>
internal static class ChecklistOperationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var checklists = api.MapGroup("/runs/{id}/checklists");
        checklists.MapPost("/move", async (string id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<MoveBody>();
            return await ChangeAsync(http, sender, id, new MoveChecklist(Required(body.SourceChecklistIdx, "source_checklist_idx"), Required(body.DestChecklistIdx, "dest_checklist_idx")));
        });
        checklists.MapPost("/move-item", async (string id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<MoveBody>();
            return await ChangeAsync(http, sender, id, new MoveItem(
                Required(body.SourceChecklistIdx, "source_checklist_idx"),
                Required(body.SourceItemIdx, "source_item_idx"),
                Required(body.DestChecklistIdx, "dest_checklist_idx"),
                Required(body.DestItemIdx, "dest_item_idx")));
        });
        checklists.MapPut("/{n:int}/skip", (string id, int n, HttpContext http, ISender sender) =>
            ChangeAsync(http, sender, id, new SetChecklistItems(n, ChecklistItemStates.Skipped), Results.NoContent()));
        checklists.MapPut("/{n:int}/restore", (string id, int n, HttpContext http, ISender sender) =>
            ChangeAsync(http, sender, id, new SetChecklistItems(n, ChecklistItemStates.Open), Results.NoContent()));
        checklists.MapPost("/{n:int}/duplicate", (string id, int n, HttpContext http, ISender sender) =>
            ChangeAsync(http, sender, id, new DuplicateChecklist(n), Results.StatusCode(StatusCodes.Status201Created)));

        foreach (var item in new[] { "/{n:int}/item/{i:int}", "/{n:int}/items/{i:int}" })
        {
            checklists.MapPost(item + "/duplicate", (string id, int n, int i, HttpContext http, ISender sender) =>
                ChangeAsync(http, sender, id, new DuplicateItem(n, i), Results.StatusCode(StatusCodes.Status201Created)));
            checklists.MapPut(item + "/command", async (string id, int n, int i, HttpContext http, ISender sender) =>
            {
                var body = await http.ReadBodyAsync<CommandBody>();
                return await ChangeAsync(http, sender, id, new SetItemCommand(n, i, body.Command?.Trim() ?? throw AppErrorException.InvalidBody("command")), EmptyObject());
            });
            checklists.MapPut(item + "/duedate", async (string id, int n, int i, HttpContext http, ISender sender) =>
            {
                var body = await http.ReadBodyAsync<DueDateBody>();
                return await ChangeAsync(http, sender, id, new SetItemDueDate(n, i, Required(body.DueDate, "due_date")), EmptyObject());
            });
            checklists.MapPost(item + "/run", async (string id, int n, int i, HttpContext http, ISender sender) =>
            {
                var triggerId = await sender.Send(new RunItemCommandRequest(id, n, i), http.RequestAborted);
                return ApiResults.Ok(new TriggerBody(triggerId));
            });
        }
    }

    private static async Task<IResult> ChangeAsync(HttpContext http, ISender sender, string runId, ChecklistChange change, IResult? answer = null)
    {
        await sender.Send(new ChangeChecklistRequest(runId, change), http.RequestAborted);
        return answer ?? Results.Ok();
    }

    private static T Required<T>(T? value, string name)
        where T : struct => value ?? throw AppErrorException.InvalidBody(name);

    private static IResult EmptyObject() => ApiResults.Ok(new Dictionary<string, object>());

    private sealed record MoveBody(int? SourceChecklistIdx, int? SourceItemIdx, int? DestChecklistIdx, int? DestItemIdx);

    private sealed record CommandBody(string? Command);

    private sealed record DueDateBody(long? DueDate);

    private sealed record TriggerBody(string TriggerId);
}
