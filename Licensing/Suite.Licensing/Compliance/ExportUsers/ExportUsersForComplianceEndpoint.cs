using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Licensing.Storage;
using Suite.Platform.Mediator;

namespace Suite.Licensing.Compliance.ExportUsers;

internal static class ExportUsersForComplianceEndpoint
{
    private const string Header = "id,username,email,first_name,last_name,roles,is_bot,create_at,update_at,delete_at";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v4/compliance/users/export", async (HttpContext http, ISender sender, TimeProvider time) =>
        {
            var users = await sender.Send(new ExportUsersForCompliance(), http.RequestAborted);
            var stamp = time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"users-{stamp}.csv\"";
            return Results.Text(ToCsv(users), "text/csv", Encoding.UTF8);
        });

    internal static string ToCsv(IEnumerable<PlatformUser> users)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var u in users)
        {
            csv.AppendJoin(',', Field(u.Id), Field(u.Username), Field(u.Email), Field(u.FirstName), Field(u.LastName), Field(u.Roles),
                    u.IsBot ? "true" : "false", Number(u.CreateAt), Number(u.UpdateAt), Number(u.DeleteAt))
                .Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    // RFC 4180 quoting, and a leading apostrophe so a spreadsheet never runs a value as a formula.
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
