using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Keywords;

/// <summary>
/// The keyword prompt's buttons, in the shape of Mattermost's post action requests: <c>post_id</c> is the
/// prompt post, <c>context.selected_option</c> the chosen playbook; Suite also takes an optional
/// <c>run_name</c>. They answer a post action response (<c>ephemeral_text</c>, <c>goto_location</c>).
/// </summary>
internal static class KeywordSignalEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var keywords = api.MapGroup("/signal/keywords");
        keywords.MapPost("/run-playbook", async (HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<SignalBody>();
            var run = await sender.Send(new RunPlaybookFromPromptRequest(body.PostId ?? "", body.Option("selected_option"), body.RunName ?? ""), http.RequestAborted);
            return ApiResults.Ok(new SignalResponse($"You started the run **{run.Name}**.", $"/playbooks/runs/{run.Id}"));
        });

        keywords.MapPost("/ignore-thread", async (HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<SignalBody>();
            await sender.Send(new IgnoreKeywordThreadRequest(body.PostId ?? ""), http.RequestAborted);
            return ApiResults.Ok(new SignalResponse("Keywords in this thread will not prompt you again.", ""));
        });
    }

    private sealed record SignalBody(string? PostId, JsonElement? Context, string? RunName)
    {
        public string Option(string name) =>
            Context is { ValueKind: JsonValueKind.Object } context && context.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : "";
    }

    private sealed record SignalResponse(string EphemeralText, string GotoLocation);
}
