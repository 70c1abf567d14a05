using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Licensing.Compliance.ExportUsers;

internal static class ExportUsersForComplianceEndpoint
{
    // A value starting with =, +, - or @ is escaped so a spreadsheet never runs it as a formula.
    private static readonly CsvWriterOptions SpreadsheetSafe = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        TrueValue = "true",
        FalseValue = "false",
    };

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v4/compliance/users/export", async (HttpContext http, ISender sender, TimeProvider time) =>
        {
            var users = await sender.Send(new ExportUsersForCompliance(), http.RequestAborted);
            var stamp = time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"users-{stamp}.csv\"";
            return Results.Text(ToCsv(users), "text/csv", Encoding.UTF8);
        });

    internal static string ToCsv(IEnumerable<UserResponse> users)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, SpreadsheetSafe, leaveOpen: true))
        {
            csv.WriteRecords(users.Select(u =>
                new ComplianceUserRow(u.Id, u.Username, u.Email, u.FirstName, u.LastName, u.Roles, u.IsBot, u.CreateAt, u.UpdateAt, u.DeleteAt)));
        }

        return text.ToString();
    }
}
