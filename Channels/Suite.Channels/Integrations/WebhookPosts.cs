using System.Text.Json;
using System.Text.Json.Nodes;
using Suite.Channels.Channels;
using Suite.Channels.Posts;
using Suite.Channels.Posts.CreatePost;

namespace Suite.Channels.Integrations;

/// <summary>What an integration asks to post (an incoming webhook payload, an outgoing webhook reply, a command response).</summary>
internal sealed record WebhookMessage
{
    public string Text { get; init; } = "";
    public JsonArray? Attachments { get; init; }
    public JsonElement? Props { get; init; }
    public string Type { get; init; } = "";
    public string OverrideUsername { get; init; } = "";
    public string OverrideIconUrl { get; init; } = "";
    public string OverrideIconEmoji { get; init; } = "";
    public string WebhookDisplayName { get; init; } = "";
    public JsonObject? Priority { get; init; }
    public string RootId { get; init; } = "";

    /// <summary>True to post <see cref="Text"/> as it is, without converting Slack's markup (a command reply's <c>skip_slack_parsing</c>).</summary>
    public bool SkipSlackParsing { get; init; }

    /// <summary>False for built-in commands, whose posts are the user's own.</summary>
    public bool FromWebhook { get; init; } = true;
}

/// <summary>Turns an integration's message into posts as Mattermost's <c>CreateWebhookPost</c> does.</summary>
internal sealed class WebhookPosts(PostDrafts drafts, PostCreation creation)
{
    /// <summary>Props an integration may not set itself.</summary>
    private static readonly HashSet<string> ReservedProps =
        ["from_webhook", "override_username", "override_icon_url", "override_icon_emoji", "webhook_display_name", "attachments", "from_bot", "from_plugin"];

    public static void EnsureValidType(string type)
    {
        if (!PostInputRules.ValidType(type))
        {
            throw IntegrationErrors.InvalidPayload("type must be empty or a custom_ type; system types are refused.");
        }
    }

    public static JsonObject? Priority(JsonElement? priority)
    {
        if (priority is not { } value || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("priority", out var level) || level.ValueKind != JsonValueKind.String
            || level.GetString() is not ("" or "important" or "urgent"))
        {
            throw IntegrationErrors.InvalidPayload("priority must be an object whose priority is \"\", \"important\" or \"urgent\".");
        }

        return JsonNode.Parse(value.GetRawText())!.AsObject();
    }

    /// <summary>Creates the post (several when the text is longer than a post may be); returns the first.</summary>
    public async Task<Post> CreateAsync(Channel channel, string userId, WebhookMessage message, CancellationToken cancellationToken)
    {
        var text = message.SkipSlackParsing ? message.Text : SlackMessages.ToMarkdown(message.Text);
        var chunks = Split(text);
        Post? first = null;
        for (var i = 0; i < chunks.Count; i++)
        {
            var props = Props(message, withAttachments: i == chunks.Count - 1);
            var type = message.Type.Length > 0 ? message.Type : i == chunks.Count - 1 && message.Attachments is not null ? "slack_attachment" : "";
            var draft = await drafts.PrepareAsync(
                channel, userId, chunks[i], message.RootId, props, [], "", type, message.FromWebhook, cancellationToken);
            var post = await creation.CreateAsync(draft, cancellationToken);
            first ??= post;
        }

        return first!;
    }

    private static JsonElement Props(WebhookMessage message, bool withAttachments)
    {
        var props = new JsonObject();
        if (message.Props is { ValueKind: JsonValueKind.Object } extra)
        {
            foreach (var property in extra.EnumerateObject().Where(p => !ReservedProps.Contains(p.Name)))
            {
                props[property.Name] = JsonNode.Parse(property.Value.GetRawText());
            }
        }

        if (message.FromWebhook)
        {
            props["from_webhook"] = "true";
        }

        if (message.WebhookDisplayName.Length > 0)
        {
            props["webhook_display_name"] = message.WebhookDisplayName;
        }

        if (message.OverrideUsername.Length > 0)
        {
            props["override_username"] = message.OverrideUsername;
        }

        if (message.OverrideIconUrl.Length > 0)
        {
            props["override_icon_url"] = message.OverrideIconUrl;
        }

        if (message.OverrideIconEmoji.Length > 0)
        {
            props["override_icon_emoji"] = message.OverrideIconEmoji;
        }

        if (withAttachments && message.Attachments is not null)
        {
            props["attachments"] = message.Attachments.DeepClone();
        }

        if (message.Priority is not null)
        {
            props["priority"] = message.Priority.DeepClone();
        }

        return JsonSerializer.SerializeToElement(props);
    }

    /// <summary>Mattermost splits a webhook's long text into several posts rather than refusing it.</summary>
    private static List<string> Split(string text)
    {
        const int max = PostErrors.MaxMessageRunes;
        var chunks = new List<string>();
        var runes = text.EnumerateRunes().ToList();
        if (runes.Count <= max)
        {
            return [text];
        }

        for (var start = 0; start < runes.Count; start += max)
        {
            chunks.Add(string.Concat(runes.Skip(start).Take(max).Select(r => r.ToString())));
        }

        return chunks;
    }
}
