using System.Text.Json;
using Suite.Channels.Contracts;

namespace Suite.Playbooks.Keywords;

/// <summary>
/// Mattermost's keyword test: a plain, case-sensitive substring of the message, or of an attachment's
/// pretext, title, text or footer.
/// </summary>
internal static class KeywordMatch
{
    private static readonly string[] AttachmentFields = ["pretext", "title", "text", "footer"];

    /// <summary>The keywords found in the post, in the order given.</summary>
    public static IReadOnlyList<string> Found(PostCreated created, IEnumerable<string> keywords)
    {
        var texts = new List<string> { created.Post.Message };
        texts.AddRange(AttachmentTexts(created.PropsJson));
        return keywords.Where(k => k.Length > 0 && texts.Any(t => t.Contains(k, StringComparison.Ordinal))).ToList();
    }

    private static List<string> AttachmentTexts(string propsJson)
    {
        if (!propsJson.Contains("attachments", StringComparison.Ordinal))
        {
            return [];
        }

        using var props = JsonDocument.Parse(propsJson);
        if (props.RootElement.ValueKind != JsonValueKind.Object || !props.RootElement.TryGetProperty("attachments", out var attachments)
            || attachments.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var texts = new List<string>();
        foreach (var attachment in attachments.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object))
        {
            foreach (var field in AttachmentFields)
            {
                if (attachment.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    texts.Add(value.GetString()!);
                }
            }
        }

        return texts;
    }
}
