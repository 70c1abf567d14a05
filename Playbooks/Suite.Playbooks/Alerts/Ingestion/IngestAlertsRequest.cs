using System.Text.Json;
using System.Text.Json.Nodes;
using Suite.Platform;
using Suite.Platform.Mediator;
using Suite.Playbooks.Alerts.Processing;
using Suite.Playbooks.Alerts.Sources;

namespace Suite.Playbooks.Alerts.Ingestion;

/// <summary>
/// A monitoring tool's delivery, authenticated by the secret in its address (or in a PagerDuty
/// <c>routing_key</c> when <see cref="SourceId"/> is empty). It is read and checked now, stored in
/// the inbox and left to <see cref="AlertInboxWorker"/>, so the sender hears 202 without waiting for a run.
/// </summary>
internal sealed record IngestAlertsRequest(string SourceId, string Secret, string Body) : IRequest<IngestedAlerts>, IAnonymousRequest;

/// <summary>What was accepted; <see cref="DedupKey"/> is the PagerDuty event's key (generated when the event had none).</summary>
internal sealed record IngestedAlerts(string Kind, int Alerts, string DedupKey);

internal sealed class IngestAlertsHandler(AlertSourceStore sources, AlertInbox inbox, AlertInboxWorker worker, TimeProvider time)
    : IRequestHandler<IngestAlertsRequest, IngestedAlerts>
{
    public async Task<IngestedAlerts> Handle(IngestAlertsRequest request, CancellationToken cancellationToken)
    {
        using var document = AlertPayloads.Parse(request.Body);
        var (sourceId, secret) = request.SourceId.Length > 0 ? (request.SourceId, request.Secret) : RoutingKeyOf(document);
        var source = (Ids.IsValid(sourceId) ? await sources.FindAsync(sourceId, cancellationToken) : null) ?? throw AlertErrors.NoSourceAtAddress();
        if (!AlertSourceSecrets.Verify(source, secret) || (request.SourceId.Length == 0 && source.Kind != AlertSourceKinds.PagerDuty))
        {
            throw AlertErrors.NoSourceAtAddress();
        }

        var deliveryId = Ids.New();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var alerts = AlertPayloads.Read(source.Kind, document.RootElement, deliveryId, now);
        var body = request.Body;
        var dedupKey = "";
        if (source.Kind == AlertSourceKinds.PagerDuty)
        {
            dedupKey = alerts[0].Key;
            if (dedupKey.Length == 0)
            {
                // As PagerDuty: a trigger without a key opens its own incident, and the answer tells the sender the key to resolve it with.
                dedupKey = Ids.New();
                body = WithDedupKey(body, dedupKey);
            }
        }

        await inbox.AddAsync(new AlertDelivery(deliveryId, source.Id, body, now, 0, ""), cancellationToken);
        worker.Wake();
        return new IngestedAlerts(source.Kind, alerts.Count, dedupKey);
    }

    private static (string SourceId, string Secret) RoutingKeyOf(JsonDocument document) =>
        document.RootElement.ValueKind == JsonValueKind.Object
        && document.RootElement.TryGetProperty("routing_key", out var key) && key.ValueKind == JsonValueKind.String
            ? AlertAddresses.SplitRoutingKey(key.GetString()!)
            : throw AlertErrors.InvalidPayload("routing_key is required: the routing key shown when the alert source was created.");

    private static string WithDedupKey(string body, string dedupKey)
    {
        var node = JsonNode.Parse(body)!.AsObject();
        node["dedup_key"] = dedupKey;
        return node.ToJsonString();
    }
}
