using Suite.Boards.Imports;
using Suite.Platform.Identity;

namespace Suite.Boards.Trello;

/// <summary>
/// Trello's members (of the board, and the authors of its comments) and the Suite users they are: an active
/// person of the team whose username equals the Trello username (ignoring case), else whose email equals the
/// Trello member's email when the export has one. The others are listed in the import's summary.
/// </summary>
internal sealed class TrelloPeople
{
    private readonly Dictionary<string, TrelloMember> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _matched = new(StringComparer.Ordinal);

    public string? UserIdOf(string trelloMemberId) => _matched.GetValueOrDefault(trelloMemberId);

    public TrelloMember? Member(string trelloMemberId) => _members.GetValueOrDefault(trelloMemberId);

    public bool AnyUnmatchedOnCards(IEnumerable<TrelloCard> cards) => cards.Any(c => c.IdMembers.Any(m => !_matched.ContainsKey(m)));

    /// <summary>How people see a member who is not a Suite user: "Full Name (@username)".</summary>
    public string NameOf(string trelloMemberId) => _members.TryGetValue(trelloMemberId, out var member)
        ? (member.FullName.Length > 0 ? $"{member.FullName} (@{member.Username})" : "@" + member.Username)
        : trelloMemberId;

    public static async Task<TrelloPeople> MatchAsync(ImportContext context, IUserDirectory directory, TrelloBoard trello, IEnumerable<TrelloAction> comments, CancellationToken cancellationToken)
    {
        var people = new TrelloPeople();
        foreach (var member in trello.Members.Concat(comments.Select(c => c.MemberCreator ?? new TrelloMember { Id = c.IdMemberCreator })))
        {
            if (member.Id.Length > 0 && (!people._members.TryGetValue(member.Id, out var known) || known.Username.Length == 0))
            {
                people._members[member.Id] = member;
            }
        }

        var usernames = people._members.Values.Select(m => m.Username).Where(u => u.Length > 0).ToList();
        var byUsername = (await directory.FindByUsernamesAsync(usernames, cancellationToken)).ToDictionary(u => u.Username, StringComparer.OrdinalIgnoreCase);
        foreach (var member in people._members.Values)
        {
            var user = byUsername.GetValueOrDefault(member.Username);
            if ((user is null || !await UsableAsync(context, user, cancellationToken)) && !string.IsNullOrEmpty(member.Email))
            {
                var byEmail = await directory.FindByEmailsAsync([member.Email], cancellationToken);
                user = byEmail.Count > 0 ? byEmail[0] : null;
            }

            if (user is not null && await UsableAsync(context, user, cancellationToken))
            {
                people._matched[member.Id] = user.Id;
            }
            else
            {
                context.Summary.UnmatchedMembers.Add(new UnmatchedMember(member.Id, member.Username, member.FullName));
            }
        }

        return people;
    }

    private static async Task<bool> UsableAsync(ImportContext context, DirectoryUser user, CancellationToken cancellationToken) =>
        !user.IsDeleted && !user.IsBot && await context.IsTeamMemberAsync(user.Id, cancellationToken);
}
