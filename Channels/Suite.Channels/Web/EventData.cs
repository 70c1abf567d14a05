using System.Text.Json;

namespace Suite.Channels.Web;

/// <summary>Reads the fields the channel page needs from a realtime event's <c>data</c>.</summary>
internal static class EventData
{
    /// <summary>A string field, or empty when it is missing or not a string.</summary>
    public static string Text(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : "";

    /// <summary>The thread root of a <c>posted</c> event's post (empty for a root post).</summary>
    public static string PostRootId(JsonElement data) => PostField(data, "root_id");

    /// <summary>The author of a <c>posted</c> event's post, which Mattermost sends as a JSON string.</summary>
    public static string PosterId(JsonElement data) => PostField(data, "user_id");

    private static string PostField(JsonElement data, string name)
    {
        var json = Text(data, "post");
        if (json.Length == 0)
        {
            return "";
        }

        using var post = JsonDocument.Parse(json);
        return Text(post.RootElement, name);
    }
}
