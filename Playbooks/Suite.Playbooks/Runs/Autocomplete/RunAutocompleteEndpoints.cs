using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;

namespace Suite.Playbooks.Runs.Autocomplete;

/// <summary>The plugin's autocomplete helpers for the <c>/playbook</c> sub-commands' run, checklist and item numbers.</summary>
internal static class RunAutocompleteEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        foreach (var (path, kind) in new[]
        {
            ("/runs/runs-autocomplete", RunAutocompleteKind.Runs),
            ("/runs/checklist-autocomplete", RunAutocompleteKind.Checklists),
            ("/runs/checklist-autocomplete-item", RunAutocompleteKind.Items),
        })
        {
            api.MapGet(path, async (HttpContext http, ISender sender) =>
                ApiResults.Ok(await sender.Send(new GetRunAutocompleteRequest(http.Request.Text("channel_id"), kind), http.RequestAborted)));
        }
    }
}
