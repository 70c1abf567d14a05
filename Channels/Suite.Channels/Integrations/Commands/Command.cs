using System.Text.Json.Serialization;

namespace Suite.Channels.Integrations.Commands;

/// <summary>A custom slash command, as stored and in Mattermost's JSON shape.</summary>
internal sealed record Command
{
    public const string Columns =
        "id, token, create_at, update_at, delete_at, creator_id, team_id, trigger, method, username, icon_url, auto_complete, " +
        "auto_complete_desc, auto_complete_hint, display_name, description, url";

    public required string Id { get; init; }
    public string Token { get; init; } = "";
    public long CreateAt { get; init; }
    public long UpdateAt { get; init; }
    public long DeleteAt { get; init; }
    public string CreatorId { get; init; } = "";
    public required string TeamId { get; init; }
    public required string Trigger { get; init; }
    public string Method { get; init; } = "P";
    public string Username { get; init; } = "";
    public string IconUrl { get; init; } = "";
    public bool AutoComplete { get; init; }
    public string AutoCompleteDesc { get; init; } = "";
    public string AutoCompleteHint { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string Description { get; init; } = "";
    public string Url { get; init; } = "";
    public string PluginId { get; init; } = "";

    [JsonIgnore]
    public bool IsBuiltIn { get; init; }

    /// <summary>What callers without the right to manage it may see (Mattermost's <c>Sanitize</c>).</summary>
    public Command Sanitized() => this with { Token = "", CreatorId = "", Method = "", Url = "", Username = "", IconUrl = "" };
}
