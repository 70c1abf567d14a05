using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Compliance.ExportRuns;

namespace Suite.Playbooks.Compliance;

/// <summary>The compliance export of runs, as a download: <c>format=json</c> (whole runs) or <c>csv</c> (the timelines).</summary>
internal static class ComplianceEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/compliance/runs/export", async (HttpContext http, ISender sender, IUserDirectory directory) =>
        {
            var start = Millis(http, "start");
            var end = Millis(http, "end");
            var format = http.Request.Query["format"].ToString() is { Length: > 0 } f ? f : "json";
            if (format is not ("json" or "csv"))
            {
                throw AppErrorException.InvalidUrl("format");
            }

            var runs = await sender.Send(new ExportRunsRequest(start, end), http.RequestAborted);
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"playbook-runs-{start}-{end}.{format}\"";
            if (format == "json")
            {
                return ApiResults.Ok(runs);
            }

            var users = await directory.FindByIdsAsync(TimelineCsv.UserIds(runs).ToHashSet(), http.RequestAborted);
            return Results.Text(TimelineCsv.Write(runs, start, end, users.ToDictionary(u => u.Id, u => u.Username)), "text/csv", Encoding.UTF8);
        });

    private static long Millis(HttpContext http, string name) =>
        long.TryParse(http.Request.Query[name].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : throw AppErrorException.InvalidUrl(name);
}
