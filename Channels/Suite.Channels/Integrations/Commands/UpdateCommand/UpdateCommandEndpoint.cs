using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.UpdateCommand;

internal static class UpdateCommandEndpoint
{
    public static void MapUpdateCommand(this IEndpointRouteBuilder api) =>
        api.MapPut("/commands/{command_id}", async (string command_id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<Body>("command");
            var request = new UpdateCommandRequest
            {
                CommandId = command_id,
                BodyId = body.Id,
                TeamId = body.TeamId ?? "",
                Trigger = body.Trigger ?? "",
                Method = body.Method ?? "P",
                Url = body.Url ?? "",
                Username = body.Username ?? "",
                IconUrl = body.IconUrl ?? "",
                AutoComplete = body.AutoComplete ?? false,
                AutoCompleteDesc = body.AutoCompleteDesc ?? "",
                AutoCompleteHint = body.AutoCompleteHint ?? "",
                DisplayName = body.DisplayName ?? "",
                Description = body.Description ?? "",
            };
            return ApiResults.Ok(await sender.Send(request, http.RequestAborted));
        });

    private sealed record Body(
        string? Id,
        string? TeamId,
        string? Trigger,
        string? Method,
        string? Url,
        string? Username,
        string? IconUrl,
        bool? AutoComplete,
        string? AutoCompleteDesc,
        string? AutoCompleteHint,
        string? DisplayName,
        string? Description);
}
