using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Suite.Playbooks.Alerts.Ingestion;

/// <summary>
/// Alertmanager's webhook (version 4) and Grafana alerting's webhook, which has the same shape:
/// <c>groupKey</c>, and <c>alerts[]</c> each with <c>status</c>, <c>labels</c>, <c>annotations</c>,
/// <c>startsAt</c>, <c>endsAt</c>, <c>generatorURL</c> and <c>fingerprint</c>.
/// </summary>
internal static class AlertmanagerPayload
{
    public const int MaxAlerts = 1000;

    public static IReadOnlyList<ReceivedAlert> Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw AlertErrors.InvalidPayload("The body must be a JSON object.");
        }

        if (!root.TryGetProperty("alerts", out var alerts) || alerts.ValueKind != JsonValueKind.Array)
        {
            throw AlertErrors.InvalidPayload("alerts must be an array.");
        }

        if (alerts.GetArrayLength() > MaxAlerts)
        {
            throw AlertErrors.InvalidPayload($"alerts must not hold more than {MaxAlerts} alerts.");
        }

        var groupKey = PayloadFields.OptionalString(root, "groupKey", "groupKey");
        return alerts.EnumerateArray().Select((alert, index) => ReadAlert(alert, $"alerts[{index}]", groupKey)).ToList();
    }

    private static ReceivedAlert ReadAlert(JsonElement alert, string path, string groupKey)
    {
        if (alert.ValueKind != JsonValueKind.Object)
        {
            throw AlertErrors.InvalidPayload($"{path} must be an object.");
        }

        var status = PayloadFields.OptionalString(alert, "status", $"{path}.status");
        if (status is not (AlertStatuses.Firing or AlertStatuses.Resolved))
        {
            throw AlertErrors.InvalidPayload($"{path}.status must be \"firing\" or \"resolved\".");
        }

        if (!alert.TryGetProperty("labels", out var labelsElement))
        {
            throw AlertErrors.InvalidPayload($"{path}.labels is required.");
        }

        var labels = PayloadFields.StringMap(labelsElement, $"{path}.labels");
        var annotations = alert.TryGetProperty("annotations", out var annotationsElement) ? PayloadFields.StringMap(annotationsElement, $"{path}.annotations") : new Dictionary<string, string>();
        var fingerprint = PayloadFields.OptionalString(alert, "fingerprint", $"{path}.fingerprint") is { Length: > 0 } given ? given : FingerprintOf(labels);
        var startsAt = Time(alert, "startsAt", path);
        var endsAt = status == AlertStatuses.Resolved ? Time(alert, "endsAt", path) : 0;
        return new ReceivedAlert
        {
            Status = status,
            Key = groupKey.Length > 0 ? groupKey : fingerprint,
            Fingerprint = fingerprint,
            Labels = labels,
            Annotations = annotations,
            StartsAt = startsAt,
            EndsAt = endsAt,
            GeneratorUrl = PayloadFields.OptionalString(alert, "generatorURL", $"{path}.generatorURL"),
            Occurrence = status == AlertStatuses.Firing ? $"firing|{fingerprint}|{startsAt}" : $"resolved|{fingerprint}|{endsAt}",
        };
    }

    /// <summary>Alertmanager's zero time (<c>0001-01-01T00:00:00Z</c>) and a missing time are 0.</summary>
    private static long Time(JsonElement alert, string name, string path)
    {
        var text = PayloadFields.OptionalString(alert, name, $"{path}.{name}");
        if (text.Length == 0)
        {
            return 0;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            throw AlertErrors.InvalidPayload($"{path}.{name} must be an RFC 3339 time.");
        }

        return time.Year <= 1 ? 0 : time.ToUnixTimeMilliseconds();
    }

    /// <summary>For senders that leave the fingerprint out: a hash of the sorted labels, so the same labels are the same alert.</summary>
    private static string FingerprintOf(IReadOnlyDictionary<string, string> labels)
    {
        var text = string.Join('\n', labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
