using Suite.Platform.Identity;

namespace Suite.Playbooks.Runs;

/// <summary>Mentions for timeline summaries, as Mattermost writes them: <c>@username</c>.</summary>
internal sealed class Usernames(IUserDirectory directory, ICurrentUser user)
{
    public async Task<string> MentionAsync(string userId, CancellationToken cancellationToken)
    {
        var found = await directory.FindByIdsAsync([userId], cancellationToken);
        return found.Count == 0 ? "someone" : "@" + found[0].Username;
    }

    public Task<string> CallerAsync(CancellationToken cancellationToken) => MentionAsync(user.UserId, cancellationToken);
}
