using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Suite.Licensing.Portal.Storage;

namespace Suite.Licensing.Portal.Leads;

/// <summary>
/// The vendor's view of trial requests (product-qualified leads): <c>GET /api/v1/leads</c> as JSON and
/// <c>GET /api/v1/leads/export</c> as CSV. Both need <c>Authorization: Bearer {Portal:AdminToken}</c>.
/// </summary>
internal static class LeadEndpoints
{
    private static readonly string[] Columns =
    [
        "id", "received_at", "server_id", "outcome", "license_id", "users", "contact_name", "contact_email", "name", "email",
        "company_name", "company_country", "company_size", "site_name", "site_url", "server_version", "receive_emails_accepted",
    ];

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
        var csv = new StringBuilder().AppendJoin(',', Columns).Append("\r\n");
        foreach (var l in leads)
        {
            csv.AppendJoin(',',
                    Field(l.Id), Number(l.ReceivedAt), Field(l.ServerId), Field(l.Outcome), Field(l.LicenseId ?? ""), Number(l.Users),
                    Field(l.ContactName), Field(l.ContactEmail), Field(l.Name), Field(l.Email), Field(l.CompanyName), Field(l.CompanyCountry),
                    Field(l.CompanySize), Field(l.SiteName), Field(l.SiteUrl), Field(l.ServerVersion), l.ReceiveEmailsAccepted ? "true" : "false")
                .Append("\r\n");
        }

        return csv.ToString();
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

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    // RFC 4180 quoting, and a leading apostrophe so a spreadsheet never runs a lead's text as a formula.
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
