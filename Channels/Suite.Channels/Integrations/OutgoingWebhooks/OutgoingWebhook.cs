namespace Suite.Channels.Integrations.OutgoingWebhooks;

/// <summary>
/// An outgoing webhook as stored and in Mattermost's JSON shape, plus its delivery health
/// (<see cref="FailureCount"/> failed deliveries since the last success, the last error) for its owner.
/// </summary>
internal sealed record OutgoingWebhook
{
    public const string Columns =
        "id, token, create_at, update_at, delete_at, creator_id, channel_id, team_id, trigger_words, trigger_when, callback_urls, " +
        "display_name, description, content_type, username, icon_url, failure_count, last_error, last_error_at";

    public const string FormContent = "application/x-www-form-urlencoded";
    public const string JsonContent = "application/json";

    public required string Id { get; init; }
    public required string Token { get; init; }
    public long CreateAt { get; init; }
    public long UpdateAt { get; init; }
    public long DeleteAt { get; init; }
    public required string CreatorId { get; init; }
    public string ChannelId { get; init; } = "";
    public required string TeamId { get; init; }
    public string[] TriggerWords { get; init; } = [];
    public int TriggerWhen { get; init; }
    public string[] CallbackUrls { get; init; } = [];
    public string DisplayName { get; init; } = "";
    public string Description { get; init; } = "";
    public string ContentType { get; init; } = FormContent;
    public string Username { get; init; } = "";
    public string IconUrl { get; init; } = "";
    public int FailureCount { get; init; }
    public string LastError { get; init; } = "";
    public long LastErrorAt { get; init; }

    /// <summary>
    /// The trigger word the message fires this hook with: "" for a channel hook without trigger words,
    /// null when it does not fire. Mattermost looks at the first word only: equal to a trigger word
    /// (<c>trigger_when</c> 0) or starting with one (1).
    /// </summary>
    public string? MatchTrigger(string channelId, string message)
    {
        if (ChannelId.Length > 0 && ChannelId != channelId)
        {
            return null;
        }

        if (TriggerWords.Length == 0)
        {
            return ChannelId.Length > 0 ? "" : null;
        }

        var firstWord = message.TrimStart().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (firstWord.Length == 0)
        {
            return null;
        }

        return TriggerWhen == 0
            ? TriggerWords.FirstOrDefault(w => w == firstWord)
            : TriggerWords.FirstOrDefault(w => firstWord.StartsWith(w, StringComparison.Ordinal));
    }
}
