using System.Text.Json;
using Suite.Playbooks.Alerts.Sources;

namespace Suite.Playbooks.Alerts.Ingestion;

/// <summary>A delivery's alerts, read by its source's kind: once to validate it on arrival, again by the worker from the stored body.</summary>
internal static class AlertPayloads
{
    public static IReadOnlyList<ReceivedAlert> Read(string kind, JsonElement root, string deliveryId, long receivedAt) => kind switch
    {
        AlertSourceKinds.PagerDuty => [PagerDutyEvent.Read(root, deliveryId, receivedAt)],
        _ => AlertmanagerPayload.Read(root),
    };

    public static JsonDocument Parse(string body)
    {
        try
        {
            return JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw AlertErrors.InvalidPayload($"The body is not valid JSON: {ex.Message}");
        }
    }
}
