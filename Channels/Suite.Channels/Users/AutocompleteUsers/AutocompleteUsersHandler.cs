using Suite.Channels.Channels;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Realtime;

namespace Suite.Channels.Users.AutocompleteUsers;

/// <summary>
/// Reads the candidates' ids here (channel members) and from the Platform (team members, users),
/// then matches names in memory: a team's members are few enough for that at Suite's scale.
/// </summary>
internal sealed class AutocompleteUsersHandler(ChannelAccess access, ChannelStore channels, ITeamAudience teams, ISender sender)
    : IRequestHandler<AutocompleteUsersRequest, UserAutocomplete>
{
    public async Task<UserAutocomplete> Handle(AutocompleteUsersRequest request, CancellationToken cancellationToken)
    {
        var term = request.Name.TrimStart('@').ToLowerInvariant();
        if (request.ChannelId.Length > 0)
        {
            var channel = await access.ReadableAsync(request.ChannelId, cancellationToken);
            var members = (await channels.MemberIdsAsync(channel.Id, cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var teamMembers = channel.TeamId.Length > 0 ? await teams.GetMemberIdsAsync(channel.TeamId, cancellationToken) : [];
            var users = await UsersAsync([.. members, .. teamMembers.Where(id => !members.Contains(id))], cancellationToken);
            return new UserAutocomplete
            {
                Users = Matching(users.Where(u => members.Contains(u.Id)), term, request.Limit),
                OutOfChannel = Matching(users.Where(u => !members.Contains(u.Id)), term, request.Limit),
            };
        }

        await access.EnsureTeamMemberAsync(request.TeamId, cancellationToken);
        var inTeam = await UsersAsync([.. await teams.GetMemberIdsAsync(request.TeamId, cancellationToken)], cancellationToken);
        return new UserAutocomplete { Users = Matching(inTeam, term, request.Limit) };
    }

    private async Task<IReadOnlyList<UserResponse>> UsersAsync(List<string> ids, CancellationToken cancellationToken) =>
        ids.Count == 0 ? [] : await sender.Send(new GetUsersByIdsRequest(ids), cancellationToken);

    private static List<UserResponse> Matching(IEnumerable<UserResponse> users, string term, int limit) => users
        .Where(u => u.DeleteAt == 0 && Matches(u, term))
        .OrderBy(u => u.Username, StringComparer.Ordinal)
        .Take(limit)
        .ToList();

    private static bool Matches(UserResponse user, string term) =>
        term.Length == 0
        || new[] { user.Username, user.FirstName, user.LastName, user.Nickname, $"{user.FirstName} {user.LastName}" }
            .Any(name => name.StartsWith(term, StringComparison.OrdinalIgnoreCase));
}
