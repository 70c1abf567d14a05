using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Users.AutocompleteUsers;

/// <summary>
/// <c>GET /api/v4/users/autocomplete?in_team=&amp;in_channel=&amp;name=&amp;limit=</c>: active users whose
/// username, first or last name or nickname starts with the name; with a channel, its members in
/// <c>users</c> and the team's other members in <c>out_of_channel</c>; with a team only, its members.
/// </summary>
internal sealed record AutocompleteUsersRequest(string TeamId, string ChannelId, string Name, int Limit) : IRequest<UserAutocomplete>;

/// <summary>Mattermost's <c>UserAutocomplete</c>.</summary>
internal sealed record UserAutocomplete
{
    public IReadOnlyList<UserResponse> Users { get; init; } = [];

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<UserResponse>? OutOfChannel { get; init; }
}
