using System.Text.Json.Serialization;

namespace Suite.Playbooks.Alerts.Sources;

/// <summary>
/// An alert source as the API answers it. <see cref="Url"/> (and, for PagerDuty, <see cref="RoutingKey"/>)
/// carry the secret: they appear only in the answers to create and regenerate-secret, with
/// <see cref="SecretShownOnce"/> true, and can never be read again.
/// </summary>
internal sealed record AlertSourceView
{
    public required string Id { get; init; }

    public required string PlaybookId { get; init; }

    public required string TeamId { get; init; }

    public required string Kind { get; init; }

    public required string Name { get; init; }

    public required string NameTemplate { get; init; }

    public required IReadOnlyList<AlertRule> Rules { get; init; }

    public required string CreatorId { get; init; }

    public required long CreateAt { get; init; }

    public required long UpdateAt { get; init; }

    public required long LastReceivedAt { get; init; }

    public required string LastError { get; init; }

    public required long LastErrorAt { get; init; }

    /// <summary>The address to post alerts to, secret included.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Url { get; init; }

    /// <summary>For PagerDuty senders: the Events API v2 <c>routing_key</c> (source id and secret) for the shared enqueue address.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RoutingKey { get; init; }

    /// <summary>For PagerDuty senders: the shared Events API v2 address that takes <see cref="RoutingKey"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EnqueueUrl { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? SecretShownOnce { get; init; }

    public static AlertSourceView Of(AlertSource source) => new()
    {
        Id = source.Id,
        PlaybookId = source.PlaybookId,
        TeamId = source.TeamId,
        Kind = source.Kind,
        Name = source.Name,
        NameTemplate = source.NameTemplate,
        Rules = source.Rules,
        CreatorId = source.CreatorId,
        CreateAt = source.CreateAt,
        UpdateAt = source.UpdateAt,
        LastReceivedAt = source.LastReceivedAt,
        LastError = source.LastError,
        LastErrorAt = source.LastErrorAt,
    };

    /// <summary>The source with its freshly made secret, for the one answer that may show it.</summary>
    public static AlertSourceView WithSecret(AlertSource source, string secret, string baseUrl) => Of(source) with
    {
        Url = $"{baseUrl}{AlertAddresses.SourcePrefix}/{source.Id}/{secret}",
        RoutingKey = source.Kind == AlertSourceKinds.PagerDuty ? AlertAddresses.RoutingKey(source.Id, secret) : null,
        EnqueueUrl = source.Kind == AlertSourceKinds.PagerDuty ? baseUrl + AlertAddresses.PagerDutyEnqueue : null,
        SecretShownOnce = true,
    };
}

/// <summary>Where monitoring tools post: outside the session-authenticated API, authenticated by the secret in the address.</summary>
internal static class AlertAddresses
{
    public const string SourcePrefix = "/plugins/playbooks/alerts";

    /// <summary>PagerDuty Events API v2's path, under the alerts prefix, for senders whose URL can be changed but whose path shape is fixed.</summary>
    public const string PagerDutyEnqueue = SourcePrefix + "/pagerduty/v2/enqueue";

    /// <summary>A PagerDuty routing key: the source id (26 characters) then the secret.</summary>
    public static string RoutingKey(string sourceId, string secret) => sourceId + secret;

    public static (string SourceId, string Secret) SplitRoutingKey(string routingKey) =>
        routingKey.Length > 26 ? (routingKey[..26], routingKey[26..]) : ("", "");
}
