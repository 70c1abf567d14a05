using System.Globalization;
using System.Text.Json;

namespace Suite.Playbooks.Alerts.Ingestion;

/// <summary>
/// A PagerDuty Events API v2 event: <c>routing_key</c>, <c>event_action</c> (<c>trigger</c>,
/// <c>acknowledge</c>, <c>resolve</c>), <c>dedup_key</c>, and for a trigger <c>payload</c> with
/// <c>summary</c>, <c>source</c>, <c>severity</c> and optionally <c>timestamp</c>, <c>component</c>,
/// <c>group</c>, <c>class</c>, <c>custom_details</c>. The payload's fields become labels (and the
/// summary and the custom details' plain values annotations), so rules and name templates read
/// every kind alike.
/// </summary>
internal static class PagerDutyEvent
{
    public const int MaxDedupKey = 255;
    public static readonly string[] Severities = ["critical", "error", "warning", "info"];
    private static readonly string[] LabelFields = ["source", "component", "group", "class"];

    /// <summary>The event's alert; its <see cref="ReceivedAlert.Key"/> is empty for a trigger that named no <c>dedup_key</c>.</summary>
    public static ReceivedAlert Read(JsonElement root, string deliveryId, long receivedAt)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw AlertErrors.InvalidPayload("The body must be a JSON object.");
        }

        var action = PayloadFields.OptionalString(root, "event_action", "event_action");
        var status = action switch
        {
            "trigger" => AlertStatuses.Firing,
            "acknowledge" => AlertStatuses.Acknowledged,
            "resolve" => AlertStatuses.Resolved,
            _ => throw AlertErrors.InvalidPayload("event_action must be \"trigger\", \"acknowledge\" or \"resolve\"."),
        };
        var dedupKey = PayloadFields.OptionalString(root, "dedup_key", "dedup_key");
        if (dedupKey.Length > MaxDedupKey)
        {
            throw AlertErrors.InvalidPayload($"dedup_key must not be longer than {MaxDedupKey} characters.");
        }

        if (dedupKey.Length == 0 && status != AlertStatuses.Firing)
        {
            throw AlertErrors.InvalidPayload($"dedup_key is required to {action}.");
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        var startsAt = receivedAt;
        if (root.TryGetProperty("payload", out var payload) && payload.ValueKind != JsonValueKind.Null)
        {
            startsAt = ReadPayload(payload, labels, annotations, receivedAt);
        }
        else if (status == AlertStatuses.Firing)
        {
            throw AlertErrors.InvalidPayload("payload is required to trigger.");
        }

        return new ReceivedAlert
        {
            Status = status,
            Key = dedupKey,
            Fingerprint = dedupKey,
            Labels = labels,
            Annotations = annotations,
            StartsAt = status == AlertStatuses.Firing ? startsAt : 0,
            EndsAt = status == AlertStatuses.Resolved ? receivedAt : 0,
            GeneratorUrl = PayloadFields.OptionalString(root, "client_url", "client_url"),
            Occurrence = $"{action}|{deliveryId}",
        };
    }

    private static long ReadPayload(JsonElement payload, Dictionary<string, string> labels, Dictionary<string, string> annotations, long receivedAt)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            throw AlertErrors.InvalidPayload("payload must be an object.");
        }

        var summary = PayloadFields.OptionalString(payload, "summary", "payload.summary");
        if (summary.Length is 0 or > 1024)
        {
            throw AlertErrors.InvalidPayload("payload.summary is required, at most 1024 characters.");
        }

        if (PayloadFields.OptionalString(payload, "source", "payload.source").Length == 0)
        {
            throw AlertErrors.InvalidPayload("payload.source is required.");
        }

        var severity = PayloadFields.OptionalString(payload, "severity", "payload.severity");
        if (!Severities.Contains(severity))
        {
            throw AlertErrors.InvalidPayload($"payload.severity must be one of {string.Join(", ", Severities)}.");
        }

        annotations["summary"] = summary;
        labels["severity"] = severity;
        foreach (var field in LabelFields)
        {
            if (PayloadFields.OptionalString(payload, field, $"payload.{field}") is { Length: > 0 } value)
            {
                labels[field] = value;
            }
        }

        if (payload.TryGetProperty("custom_details", out var details) && details.ValueKind == JsonValueKind.Object)
        {
            foreach (var detail in details.EnumerateObject().Where(d => d.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False))
            {
                annotations.TryAdd(detail.Name, detail.Value.ValueKind == JsonValueKind.String ? detail.Value.GetString()! : detail.Value.GetRawText());
            }
        }

        var timestamp = PayloadFields.OptionalString(payload, "timestamp", "payload.timestamp");
        if (timestamp.Length == 0)
        {
            return receivedAt;
        }

        return DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.ToUnixTimeMilliseconds()
            : throw AlertErrors.InvalidPayload("payload.timestamp must be an ISO 8601 time.");
    }
}
