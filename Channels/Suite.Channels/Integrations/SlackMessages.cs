using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Suite.Channels.Integrations;

/// <summary>Slack's message markup as Mattermost converts it: <c>&lt;url|text&gt;</c> links, <c>&lt;!channel&gt;</c> mentions, attachment fields.</summary>
internal static partial class SlackMessages
{
    /// <summary>The attachment keys whose text Mattermost converts from Slack's markup.</summary>
    private static readonly string[] TextKeys = ["pretext", "text", "title", "fallback", "footer", "author_name"];

    public static string ToMarkdown(string text)
    {
        if (!text.Contains('<', StringComparison.Ordinal))
        {
            return text;
        }

        text = SpecialMention().Replace(text, m => "@" + (m.Groups[1].Value == "everyone" ? "all" : m.Groups[1].Value));
        text = LabelledLink().Replace(text, m => $"[{m.Groups[2].Value}]({m.Groups[1].Value})");
        return BareLink().Replace(text, m => m.Groups[1].Value);
    }

    /// <summary>
    /// Slack attachments made ready for <c>props.attachments</c>: an array of objects, text converted
    /// (unless <paramref name="convertText"/> is false), field values as strings. Null when
    /// <paramref name="attachments"/> is missing or empty.
    /// </summary>
    public static JsonArray? Attachments(JsonElement? attachments, string parameter = "attachments", bool convertText = true)
    {
        if (attachments is not { } value || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(a => a.ValueKind != JsonValueKind.Object))
        {
            throw IntegrationErrors.InvalidPayload($"{parameter} must be an array of attachment objects.");
        }

        var array = JsonNode.Parse(value.GetRawText())!.AsArray();
        foreach (var attachment in array.Select(a => a!.AsObject()))
        {
            foreach (var key in convertText ? TextKeys : [])
            {
                if (attachment[key] is JsonValue text && text.TryGetValue<string>(out var s))
                {
                    attachment[key] = ToMarkdown(s);
                }
            }

            if (attachment["fields"] is JsonArray fields)
            {
                foreach (var field in fields.OfType<JsonObject>())
                {
                    if (field["value"] is JsonValue fieldValue)
                    {
                        field["value"] = fieldValue.GetValueKind() switch
                        {
                            JsonValueKind.String => convertText ? ToMarkdown(fieldValue.GetValue<string>()) : fieldValue.GetValue<string>(),
                            JsonValueKind.Number => fieldValue.ToJsonString(),
                            JsonValueKind.True or JsonValueKind.False => fieldValue.GetValue<bool>().ToString(CultureInfo.InvariantCulture).ToLowerInvariant(),
                            _ => fieldValue.ToJsonString(),
                        };
                    }
                }
            }
        }

        return array.Count == 0 ? null : array;
    }

    [GeneratedRegex(@"<!(channel|here|all|everyone)(?:\|[^<>]*)?>")]
    private static partial Regex SpecialMention();

    [GeneratedRegex(@"<([^<>|\s]+)\|([^<>]+)>")]
    private static partial Regex LabelledLink();

    [GeneratedRegex(@"<((?:https?|mailto):[^<>|\s]+)>")]
    private static partial Regex BareLink();
}
