using Microsoft.Extensions.Logging;
using Suite.Channels.Contracts;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;
using Suite.Playbooks.Bot;

namespace Suite.Playbooks.Runs.CreateRun;

/// <summary>
/// A run started from a post (<c>post_id</c>): the caller must be able to read the post, and once the run has
/// started the Playbooks bot quotes it in the run channel with a link back, as Mattermost's <c>CreatePlaybookRun</c>.
/// </summary>
internal sealed class OriginalPost(ISender sender, ICurrentUser user, ITeamMembership teams, PlaybooksBot bot, ILogger<OriginalPost> logger)
{
    /// <summary>The post the run starts from, or null without one; a post the caller may not read is refused as if it did not exist.</summary>
    public async Task<PostInfo?> ReadableAsync(string postId, CancellationToken cancellationToken)
    {
        if (postId.Length == 0)
        {
            return null;
        }

        var post = await sender.Send(new GetPostInfo(postId), cancellationToken);
        var channel = post is null ? null : await sender.Send(new GetChannelInfo(post.ChannelId), cancellationToken);
        if (post is null || channel is null || !await MayReadAsync(channel, cancellationToken))
        {
            throw AppErrorException.InvalidBody("post_id", "The run's original post must be a post you can read.");
        }

        return post;
    }

    /// <summary>Mattermost's quote: <c>[Original Post](/_redirect/pl/{id})</c> and the message after <c>&gt;</c>.</summary>
    public async Task QuoteAsync(PlaybookRun run, PostInfo post, CancellationToken cancellationToken)
    {
        try
        {
            await RunPosts.PostAsync(bot, run, $"[Original Post](/_redirect/pl/{post.Id})\n > {post.Message}", "", cancellationToken);
        }
        catch (AppErrorException ex)
        {
            logger.LogWarning("Run {Run}'s quote of its original post was not posted: {Reason}", run.Id, ex.Message);
        }
    }

    private async Task<bool> MayReadAsync(ChannelInfo channel, CancellationToken cancellationToken) =>
        channel.DeleteAt == 0 && await sender.Send(new IsChannelMember(channel.Id, user.UserId), cancellationToken)
        || channel.Type == "O" && await teams.GetRoleAsync(channel.TeamId, user.UserId, cancellationToken) is not null;
}
