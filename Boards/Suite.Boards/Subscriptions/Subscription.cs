namespace Suite.Boards.Subscriptions;

/// <summary>
/// Focalboard's <c>Subscription</c>: a user following a card (or board) for change notices. Stored as a
/// Marten document, one per block and subscriber; unsubscribing sets <see cref="DeleteAt"/>.
/// </summary>
public sealed class Subscription
{
    public const string UserSubscriber = "user";

    /// <summary><c>{blockId}_{subscriberId}</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>The kind of block followed: <c>card</c> or <c>board</c>.</summary>
    public string BlockType { get; set; } = "";

    public string BlockId { get; set; } = "";

    /// <summary>Only <c>user</c> (Focalboard's <c>channel</c> subscribers have no route that makes them).</summary>
    public string SubscriberType { get; set; } = UserSubscriber;

    public string SubscriberId { get; set; } = "";

    /// <summary>When the subscriber was last told about the block.</summary>
    public long NotifiedAt { get; set; }

    public long CreateAt { get; set; }

    public long DeleteAt { get; set; }

    public static string IdOf(string blockId, string subscriberId) => $"{blockId}_{subscriberId}";
}

/// <summary>A subscription as Focalboard's API shows it (its <c>Subscription</c> JSON, <c>notifiedAt</c> left out when 0).</summary>
public sealed record SubscriptionResponse(
    string BlockType,
    string BlockId,
    string SubscriberType,
    string SubscriberId,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)] long NotifiedAt,
    long CreateAt,
    long DeleteAt)
{
    public static SubscriptionResponse From(Subscription s) => new(s.BlockType, s.BlockId, s.SubscriberType, s.SubscriberId, s.NotifiedAt, s.CreateAt, s.DeleteAt);
}
