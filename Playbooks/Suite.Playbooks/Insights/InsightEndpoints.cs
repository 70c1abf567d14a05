using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;
using Suite.Playbooks.Insights.PlaybookStats;
using Suite.Playbooks.Insights.SiteStats;
using Suite.Playbooks.Insights.TopPlaybooks;

namespace Suite.Playbooks.Insights;

/// <summary>The insights and statistics routes of Mattermost's Playbooks API v0.</summary>
internal static class InsightEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/playbooks/insights/teams/{teamId}", async (string teamId, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(TopPlaybooks(http, teamId, onlyMine: false), http.RequestAborted)));

        api.MapGet("/playbooks/insights/user/me", async (HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(TopPlaybooks(http, http.Request.Text("team_id"), onlyMine: true), http.RequestAborted)));

        api.MapGet("/stats/playbook", async (HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetPlaybookStatsRequest(http.Request.Text("playbook_id")), http.RequestAborted)));

        api.MapGet("/stats/site", async (HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetSiteStatsRequest(), http.RequestAborted)));
    }

    private static GetTopPlaybooksRequest TopPlaybooks(HttpContext http, string teamId, bool onlyMine) =>
        new(teamId, onlyMine, http.Request.Text("time_range") is { Length: > 0 } range ? range : "28_day", http.Request.Int("page", 0), http.Request.Int("per_page", 20));
}
