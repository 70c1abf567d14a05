namespace Suite.Channels.Integrations.OutgoingWebhooks.Delivery;

/// <summary>A pending delivery of one post to one callback URL of one hook.</summary>
internal sealed record OutgoingWebhookDelivery
{
    public const string Columns =
        "id, hook_id, callback_url, post_id, channel_id, root_id, post_create_at, payload::text AS payload, attempts, next_attempt_at, claim_id, create_at";

    public required string Id { get; init; }
    public required string HookId { get; init; }
    public required string CallbackUrl { get; init; }
    public required string PostId { get; init; }
    public required string ChannelId { get; init; }
    public string RootId { get; init; } = "";
    public long PostCreateAt { get; init; }

    /// <summary>Mattermost's payload fields (without <c>timestamp</c>) as a JSON object of strings.</summary>
    public required string Payload { get; init; }

    /// <summary>Deliveries tried so far, the one in progress included.</summary>
    public int Attempts { get; init; }
    public long NextAttemptAt { get; init; }
    public string ClaimId { get; init; } = "";
    public long CreateAt { get; init; }
}
