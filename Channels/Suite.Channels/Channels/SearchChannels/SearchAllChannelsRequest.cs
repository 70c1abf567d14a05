using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.SearchChannels;

/// <summary>
/// <c>POST /api/v4/channels/search</c> as the system console makes it (the default): every team's public
/// and private channels matching the term, each with its team's <c>team_display_name</c>, <c>team_name</c>
/// and <c>team_update_at</c>; with <c>page</c> and <c>per_page</c> the answer is <c>{"channels", "total_count"}</c>.
/// </summary>
internal sealed record SearchAllChannelsRequest(AllChannelsSearch Search) : IRequest<AllChannelsResult>, ISystemAdminRequest;

/// <summary>Mattermost's <c>ChannelSearch</c> body, the fields Suite filters by.</summary>
internal sealed record AllChannelsSearch
{
    public string? Term { get; init; }
    public IReadOnlyList<string>? TeamIds { get; init; }
    public bool Public { get; init; }
    public bool Private { get; init; }
    public bool IncludeDeleted { get; init; }
    public bool Deleted { get; init; }
    public bool ExcludeDefaultChannels { get; init; }
    public int? Page { get; init; }
    public int? PerPage { get; init; }
}

/// <summary>The matching page and how many match in all.</summary>
internal sealed record AllChannelsResult(IReadOnlyList<System.Text.Json.Nodes.JsonObject> Channels, long TotalCount, bool Paged);

/// <summary>
/// <c>POST /api/v4/channels/search?system_console=false</c> without a single team: the channels the user
/// may see in all their teams (public ones and the private ones they belong to) matching the term.
/// </summary>
internal sealed record AutocompleteMyChannelsRequest(string Term) : IRequest<IReadOnlyList<Channel>>;
