using System.Text.Json;
using Suite.Platform;
using Suite.Platform.Errors;

namespace Suite.Playbooks.ChannelActions;

/// <summary>A channel action as a client sends it; <see cref="Payload"/> is checked against the action's type.</summary>
internal sealed record ChannelActionInput
{
    public string? Id { get; init; }

    public string? ChannelId { get; init; }

    public bool Enabled { get; init; }

    public long DeleteAt { get; init; }

    public string? ActionType { get; init; }

    public string? TriggerType { get; init; }

    public JsonElement? Payload { get; init; }
}

/// <summary>
/// Mattermost's checks of an action: which action types each trigger takes, and a payload that decodes
/// into the type's fields (fields it does not know are dropped, missing ones are empty).
/// </summary>
internal static class ChannelActionRules
{
    public const int MaxMessageLength = 16383;
    public const int MaxKeywords = 100;
    public const int MaxKeywordLength = 256;
    public const int MaxCategoryNameLength = 64;

    /// <summary>The payload reduced to the fields of <paramref name="actionType"/>; a 400 naming the mistake otherwise.</summary>
    public static JsonElement Payload(string actionType, string triggerType, JsonElement? payload)
    {
        var valid = triggerType switch
        {
            ChannelActionTriggers.NewMemberJoins => actionType is ChannelActionTypes.WelcomeMessage or ChannelActionTypes.CategorizeChannel,
            ChannelActionTriggers.Keywords => actionType == ChannelActionTypes.PromptRunPlaybook,
            _ => throw Invalid($"trigger type \"{triggerType}\" not recognized; valid values are {string.Join(", ", ChannelActionTriggers.All)}"),
        };
        if (!valid)
        {
            throw Invalid($"action type \"{actionType}\" is not valid for trigger type \"{triggerType}\"");
        }

        var fields = payload is { ValueKind: JsonValueKind.Object } p ? p
            : payload is null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } ? default(JsonElement?)
            : throw Invalid("unable to decode payload from action: payload must be an object");
        return actionType switch
        {
            ChannelActionTypes.WelcomeMessage => JsonSerializer.SerializeToElement(new WelcomeMessagePayload(Message(fields)), Platform.Api.ApiJson.Options),
            ChannelActionTypes.PromptRunPlaybook => JsonSerializer.SerializeToElement(Prompt(fields), Platform.Api.ApiJson.Options),
            _ => JsonSerializer.SerializeToElement(new CategorizeChannelPayload(Category(fields)), Platform.Api.ApiJson.Options),
        };
    }

    public static PromptRunPlaybookPayload ReadPrompt(ChannelAction action) =>
        action.Payload.Deserialize<PromptRunPlaybookPayload>(Platform.Api.ApiJson.Options) ?? new PromptRunPlaybookPayload([], "");

    public static WelcomeMessagePayload ReadWelcome(ChannelAction action) =>
        action.Payload.Deserialize<WelcomeMessagePayload>(Platform.Api.ApiJson.Options) ?? new WelcomeMessagePayload("");

    private static string Message(JsonElement? fields)
    {
        var message = Text(fields, "message");
        return message.Length <= MaxMessageLength ? message : throw Invalid($"payload field 'message' must be at most {MaxMessageLength} characters");
    }

    private static string Category(JsonElement? fields)
    {
        var name = Text(fields, "category_name").Trim();
        return name.Length <= MaxCategoryNameLength ? name : throw Invalid($"payload field 'category_name' must be at most {MaxCategoryNameLength} characters");
    }

    private static PromptRunPlaybookPayload Prompt(JsonElement? fields)
    {
        var keywords = new List<string>();
        if (fields is { } f && f.TryGetProperty("keywords", out var list) && list.ValueKind != JsonValueKind.Null)
        {
            if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(k => k.ValueKind != JsonValueKind.String))
            {
                throw Invalid("unable to decode payload from action: 'keywords' must be a list of strings");
            }

            keywords.AddRange(list.EnumerateArray().Select(k => k.GetString()!));
        }

        if (keywords.Any(k => k.Length == 0))
        {
            throw Invalid("payload field 'keywords' must contain only non-empty keywords");
        }

        if (keywords.Count > MaxKeywords || keywords.Any(k => k.Length > MaxKeywordLength))
        {
            throw Invalid($"payload field 'keywords' takes at most {MaxKeywords} keywords of at most {MaxKeywordLength} characters");
        }

        var playbookId = Text(fields, "playbook_id");
        if (playbookId.Length > 0 && !Ids.IsValid(playbookId))
        {
            throw Invalid("payload field 'playbook_id' must be a valid ID");
        }

        return new PromptRunPlaybookPayload(keywords, playbookId);
    }

    private static string Text(JsonElement? fields, string name)
    {
        if (fields is not { } f || !f.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return "";
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Invalid($"unable to decode payload from action: '{name}' must be a string");
    }

    public static AppErrorException Invalid(string detail) => new(400, "api.playbooks.channel_action.invalid", "invalid action", detail);
}
