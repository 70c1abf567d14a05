using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using Suite.Licensing.Portal.Storage;

namespace Suite.Licensing.Portal.Leads;

/// <summary>
/// The vendor's view of trial requests (product-qualified leads): <c>GET /api/v1/leads</c> as JSON and
/// <c>GET /api/v1/leads/export</c> as CSV. Both need <c>Authorization: Bearer {Portal:AdminToken}</c>.
/// </summary>
internal static class LeadEndpoints
{
    // A value starting with =, +, - or @ is escaped so a spreadsheet never runs a lead's text as a formula.
    private static readonly CsvWriterOptions SpreadsheetSafe = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        TrueValue = "true",
        FalseValue = "false",
    };

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/leads", async (HttpContext http, PortalOptions options, PortalStore store) =>
            Refuse(http, options) ?? PortalResults.Ok(await store.ListLeadsAsync(http.RequestAborted)));

        endpoints.MapGet("/api/v1/leads/export", async (HttpContext http, PortalOptions options, PortalStore store, TimeProvider time) =>
        {
            if (Refuse(http, options) is { } refusal)
            {
                return refusal;
            }

            var leads = await store.ListLeadsAsync(http.RequestAborted);
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"trial-leads-{time.GetUtcNow():yyyyMMdd}.csv\"";
            return Results.Text(ToCsv(leads), "text/csv", Encoding.UTF8);
        });
    }

    internal static string ToCsv(IEnumerable<Lead> leads)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, SpreadsheetSafe, leaveOpen: true))
        {
            csv.WriteRecords(leads);
        }

        return text.ToString();
    }

    private static IResult? Refuse(HttpContext http, PortalOptions options)
    {
        if (options.AdminToken is null)
        {
            return PortalResults.Error(403, "The vendor endpoints are closed: no Portal:AdminToken is configured.");
        }

        var header = http.Request.Headers.Authorization.ToString();
        var presented = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : "";
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(options.AdminToken))
            ? null
            : PortalResults.Error(401, "A valid admin token is required (Authorization: Bearer <Portal:AdminToken>).");
    }
}
