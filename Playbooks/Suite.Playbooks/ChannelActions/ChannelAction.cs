using System.Text.Json;

namespace Suite.Playbooks.ChannelActions;

/// <summary>
/// Something Playbooks does in a channel when a trigger fires, as Mattermost's <c>GenericChannelAction</c>:
/// a welcome message for new members, a prompt to run a playbook when keywords are posted, or a sidebar
/// category. Stored as a Marten document; <see cref="Payload"/> holds only the fields its type knows.
/// </summary>
public sealed class ChannelAction
{
    public string Id { get; set; } = "";

    public string ChannelId { get; set; } = "";

    public bool Enabled { get; set; }

    public long DeleteAt { get; set; }

    public string ActionType { get; set; } = "";

    public string TriggerType { get; set; } = "";

    public JsonElement Payload { get; set; } = JsonSerializer.SerializeToElement(new { });
}

public static class ChannelActionTypes
{
    public const string WelcomeMessage = "send_welcome_message";
    public const string PromptRunPlaybook = "prompt_run_playbook";
    public const string CategorizeChannel = "categorize_channel";

    public static readonly string[] All = [WelcomeMessage, PromptRunPlaybook, CategorizeChannel];
}

public static class ChannelActionTriggers
{
    public const string NewMemberJoins = "new_member_joins";
    public const string Keywords = "keywords";

    public static readonly string[] All = [NewMemberJoins, Keywords];
}

/// <summary>The payload of <see cref="ChannelActionTypes.WelcomeMessage"/>.</summary>
public sealed record WelcomeMessagePayload(string Message);

/// <summary>The payload of <see cref="ChannelActionTypes.PromptRunPlaybook"/>.</summary>
public sealed record PromptRunPlaybookPayload(IReadOnlyList<string> Keywords, string PlaybookId);

/// <summary>The payload of <see cref="ChannelActionTypes.CategorizeChannel"/>.</summary>
public sealed record CategorizeChannelPayload(string CategoryName);

/// <summary>
/// A user has seen a channel since its welcome message was switched on (Mattermost's
/// <c>IR_ViewedChannel</c>): the message is sent once, to those who had not.
/// </summary>
public sealed class ChannelViewed
{
    /// <summary><c>{channel_id}:{user_id}</c>, so that a second insert for the pair fails.</summary>
    public string Id { get; set; } = "";

    public static string IdOf(string channelId, string userId) => $"{channelId}:{userId}";
}
