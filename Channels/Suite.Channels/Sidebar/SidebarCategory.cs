using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Suite.Platform;

namespace Suite.Channels.Sidebar;

/// <summary>Mattermost's <c>SidebarCategoryWithChannels</c>: a category of one user's sidebar in one team, with its channels in order.</summary>
internal sealed record SidebarCategory
{
    public const string Columns = "id, user_id, team_id, sort_order, sorting, type, display_name, muted, collapsed";

    public required string Id { get; init; }
    public required string UserId { get; init; }
    public required string TeamId { get; init; }
    public long SortOrder { get; init; }
    public string Sorting { get; init; } = "";
    public required string Type { get; init; }
    public required string DisplayName { get; init; }
    public bool Muted { get; init; }
    public bool Collapsed { get; init; }

    [JsonPropertyName("channel_ids")]
    public IReadOnlyList<string> ChannelIds { get; init; } = [];
}

/// <summary>Mattermost's <c>OrderedSidebarCategories</c>.</summary>
internal sealed record OrderedSidebarCategories(IReadOnlyList<SidebarCategory> Categories, IReadOnlyList<string> Order);

/// <summary>The body of a create or update: every field optional, absent ones mean their zero value, as Mattermost decodes them.</summary>
internal sealed record SidebarCategoryBody
{
    public string? Id { get; init; }
    public string? UserId { get; init; }
    public string? TeamId { get; init; }
    public string? Sorting { get; init; }
    public string? Type { get; init; }
    public string? DisplayName { get; init; }
    public bool Muted { get; init; }
    public bool Collapsed { get; init; }

    [JsonPropertyName("channel_ids")]
    public IReadOnlyList<string>? ChannelIds { get; init; }
}

/// <summary>Mattermost's category types, sortings and default ids.</summary>
internal static partial class CategoryTypes
{
    public const string Favorites = "favorites";
    public const string Channels = "channels";
    public const string DirectMessages = "direct_messages";
    public const string Custom = "custom";

    /// <summary>The distance Mattermost leaves between consecutive sort orders.</summary>
    public const int SortDistance = 10;

    public const int MaxDisplayNameLength = 64;

    public static readonly string[] Sortings = ["", "manual", "recent", "alpha"];

    /// <summary>The three categories every user has in every team, with Mattermost's deterministic ids, sort orders and sortings.</summary>
    public static IReadOnlyList<SidebarCategory> Defaults(string userId, string teamId) =>
    [
        new() { Id = DefaultId(Favorites, userId, teamId), UserId = userId, TeamId = teamId, SortOrder = 0, Type = Favorites, DisplayName = "Favorites" },
        new() { Id = DefaultId(Channels, userId, teamId), UserId = userId, TeamId = teamId, SortOrder = SortDistance, Type = Channels, DisplayName = "Channels" },
        new() { Id = DefaultId(DirectMessages, userId, teamId), UserId = userId, TeamId = teamId, SortOrder = 2 * SortDistance, Sorting = "recent", Type = DirectMessages, DisplayName = "Direct Messages" },
    ];

    public static string DefaultId(string type, string userId, string teamId) => $"{type}_{userId}_{teamId}";

    /// <summary>A category id is an ordinary id, or a default category's <c>{type}_{user_id}_{team_id}</c>.</summary>
    public static bool IsValidId(string? id) => Ids.IsValid(id) || (id is not null && DefaultIdPattern().IsMatch(id));

    [GeneratedRegex("^(favorites|channels|direct_messages)_[a-z0-9]{26}_[a-z0-9]{26}$")]
    private static partial Regex DefaultIdPattern();
}

/// <summary>Reading a request body as the category it asks for.</summary>
internal static class SidebarCategoryBodies
{
    public static SidebarCategory ToCategory(this SidebarCategoryBody body, string id, string userId, string teamId) => new()
    {
        Id = id,
        UserId = userId,
        TeamId = teamId,
        Type = body.Type ?? "",
        DisplayName = (body.DisplayName ?? "").Trim(),
        Sorting = body.Sorting ?? "",
        Muted = body.Muted,
        Collapsed = body.Collapsed,
        ChannelIds = body.ChannelIds ?? [],
    };
}
