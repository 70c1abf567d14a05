using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Suite.Boards.Api;
using Suite.Boards.Archives;
using Suite.Boards.Csv.ExportCsv;
using Suite.Boards.Csv.ImportCsv;
using Suite.Boards.Imports;
using Suite.Platform.Mediator;

namespace Suite.Boards.Csv;

/// <summary>CSV export of a view's table and CSV import of cards into a board (Suite's own routes).</summary>
internal static class CsvEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/boards/{boardId}/views/{viewId}/export/csv", async (string boardId, string viewId, HttpContext http, ISender sender) =>
        {
            var (csv, title) = await sender.Send(new ExportCsvRequest(boardId, viewId), http.RequestAborted);
            var name = new string((title.Length > 0 ? title : "Untitled").Select(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' ? c : '_').ToArray());
            return TypedResults.Stream(csv, "text/csv; charset=utf-8", name + ".csv");
        });

        api.MapPost("/boards/{boardId}/import/csv", async (string boardId, HttpContext http, ISender sender) =>
        {
            var settings = http.RequestServices.GetRequiredService<ImportSettings>();
            var wait = !ArchiveEndpoints.IsTrue(http.Request.Query["async"]);
            var job = await sender.Send(new ImportCsvRequest(boardId, () => ImportUpload.ReceiveAsync(http, settings), wait), http.RequestAborted);
            return wait ? BoardsJson.Ok(ImportJobResponse.Of(job)) : ImportJobResponse.Accepted(job);
        });
    }
}
