using Suite.Platform.Identity;

namespace Suite.Playbooks.Runs;

/// <summary>Mentions for timeline summaries and reports, as Mattermost writes them: <c>@username</c>, in one lookup.</summary>
internal sealed class Usernames(IUserDirectory directory, ICurrentUser user)
{
    public const string Unknown = "someone";

    /// <summary>Each known user's mention, by id; unknown ids are left out.</summary>
    public async Task<IReadOnlyDictionary<string, string>> MentionsAsync(IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var found = await directory.FindByIdsAsync(userIds.Where(id => id.Length > 0).ToHashSet(), cancellationToken);
        return found.ToDictionary(u => u.Id, u => "@" + u.Username);
    }

    public Task<string> CallerAsync(CancellationToken cancellationToken) => MentionAsync(user.UserId, cancellationToken);

    private async Task<string> MentionAsync(string userId, CancellationToken cancellationToken) =>
        (await MentionsAsync([userId], cancellationToken)).GetValueOrDefault(userId, Unknown);
}
