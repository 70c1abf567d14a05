using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Suite.Boards.Api;
using Suite.Boards.Archives.ExportArchive;
using Suite.Boards.Archives.ImportArchive;
using Suite.Boards.Imports;
using Suite.Boards.Imports.GetImportJob;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Archives;

/// <summary>Focalboard's archive routes, and the progress of an import (Suite's own).</summary>
internal static class ArchiveEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/boards/{boardId}/archive/export", async (string boardId, HttpContext http, ISender sender, TimeProvider time) =>
        {
            var archive = await sender.Send(new ExportArchiveRequest(boardId), http.RequestAborted);
            var name = $"archive-{time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{ArchiveFormat.Extension}";
            http.Response.Headers["Content-Transfer-Encoding"] = "binary";
            return TypedResults.Stream(archive, "application/octet-stream", name);
        });

        // Mattermost's Boards plugin refuses the team export; Suite is the plugin.
        api.MapGet("/teams/{teamId}/archive/export", (string teamId, HttpContext http) =>
        {
            http.RequestServices.GetRequiredService<ICurrentUser>().RequireUserId();
            throw new AppErrorException(501, "api.boards.not_implemented", "not permitted in plugin mode");
        });

        api.MapPost("/teams/{teamId}/archive/import", async (string teamId, HttpContext http, ISender sender) =>
        {
            var settings = http.RequestServices.GetRequiredService<ImportSettings>();
            var wait = !IsTrue(http.Request.Query["async"]);
            var job = await sender.Send(new ImportArchiveRequest(teamId, () => ImportUpload.ReceiveAsync(http, settings), wait), http.RequestAborted);
            return wait ? BoardsJson.Ok(ImportJobResponse.Of(job)) : ImportJobResponse.Accepted(job);
        });

        api.MapGet("/teams/{teamId}/archive/import/{jobId}", async (string teamId, string jobId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(ImportJobResponse.Of(await sender.Send(new GetImportJobRequest(teamId, jobId), http.RequestAborted))));
    }

    public static bool IsTrue(Microsoft.Extensions.Primitives.StringValues value) => value.ToString() is "true" or "1";
}
