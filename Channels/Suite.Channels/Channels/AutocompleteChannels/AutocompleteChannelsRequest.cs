using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.AutocompleteChannels;

/// <summary>
/// <c>GET /api/v4/teams/{team_id}/channels/autocomplete?name=</c> (<see cref="ForSearch"/> false: the team's
/// public channels and the private ones the user belongs to, for <c>~channel</c> mentions) and
/// <c>GET .../channels/search_autocomplete?name=</c> (true: only channels the user belongs to, archived
/// ones too, for <c>in:</c> in post search). At most 50, by display name.
/// </summary>
internal sealed record AutocompleteChannelsRequest(string TeamId, string Name, bool ForSearch) : IRequest<IReadOnlyList<Channel>>;
