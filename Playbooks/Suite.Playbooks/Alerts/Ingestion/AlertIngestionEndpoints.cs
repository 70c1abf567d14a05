using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;
using Suite.Playbooks.Alerts.Sources;

namespace Suite.Playbooks.Alerts.Ingestion;

/// <summary>
/// The addresses monitoring tools post to, outside the session-authenticated API:
/// <c>POST /plugins/playbooks/alerts/{sourceId}/{secret}</c> for every kind, and PagerDuty's
/// <c>POST /plugins/playbooks/alerts/pagerduty/v2/enqueue</c> with the secret in <c>routing_key</c>.
/// Both answer 202 once the delivery is stored.
/// </summary>
internal static class AlertIngestionEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AlertAddresses.PagerDutyEnqueue, async (HttpContext http, ISender sender) =>
            Accepted(await sender.Send(new IngestAlertsRequest("", "", await ReadBodyAsync(http)), http.RequestAborted)));

        endpoints.MapPost(AlertAddresses.SourcePrefix + "/{sourceId}/{secret}", async (string sourceId, string secret, HttpContext http, ISender sender) =>
            Accepted(await sender.Send(new IngestAlertsRequest(sourceId, secret, await ReadBodyAsync(http)), http.RequestAborted)));
    }

    private static IResult Accepted(IngestedAlerts accepted) => accepted.Kind == AlertSourceKinds.PagerDuty
        ? TypedResults.Json(new PagerDutyAnswer("success", "Event processed", accepted.DedupKey), ApiJson.Options, ApiJson.ContentType, StatusCodes.Status202Accepted)
        : TypedResults.Json(new AcceptedAnswer("accepted", accepted.Alerts), ApiJson.Options, ApiJson.ContentType, StatusCodes.Status202Accepted);

    private static async Task<string> ReadBodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength > ApiJson.MaxBodyBytes)
        {
            throw TooLarge();
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit && http.Request.ContentLength is null)
        {
            limit.MaxRequestBodySize = ApiJson.MaxBodyBytes;
        }

        try
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(http.RequestAborted);
            return body.Length == 0 ? throw AlertErrors.InvalidPayload("The body is empty.") : body;
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge();
        }
    }

    private static AppErrorException TooLarge() => AlertErrors.InvalidPayload($"The body is larger than {ApiJson.MaxBodyBytes / 1024} KB.");

    private sealed record AcceptedAnswer(string Status, int Alerts);

    private sealed record PagerDutyAnswer(string Status, string Message, string DedupKey);
}
