using System.Text.RegularExpressions;
using Suite.Channels.Contracts;
using Suite.Platform;
using Suite.Platform.Commands;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Runs.AddToTimeline;
using static Suite.Playbooks.SlashCommand.CommandReplies;

namespace Suite.Playbooks.SlashCommand;

/// <summary>
/// <c>/playbook add [run #] &lt;post id or permalink&gt; [summary]</c>: adds a post to the channel's run timeline through
/// the request of Mattermost's "Add to run timeline" dialog. Suite has no dialogs, so the summary is typed after the post;
/// without one the entry takes the post's first line, as short as a timeline entry reads well.
/// </summary>
internal sealed partial class AddToTimeline(ChannelRuns channelRuns, ISender sender, ICurrentUser user)
{
    private const string Usage = "/playbook add [run #] <post id or permalink> [summary]";
    private const int DefaultSummaryLength = 100;

    public async Task<SlashCommandResponse> ExecuteAsync(SlashCommandArgs args, CommandWords words, CancellationToken cancellationToken)
    {
        var (run, reply) = await channelRuns.PickAsync(args, words, Usage, cancellationToken);
        if (run is null)
        {
            return reply!;
        }

        var postId = PostIdOf(words.Next());
        if (postId is null)
        {
            return Say($"Give the post's id or permalink: `{Usage}`.");
        }

        var summary = words.Rest.Trim();
        if (summary.Length == 0)
        {
            var post = await sender.Send(new GetPostInfo(postId), cancellationToken);
            summary = FirstLine(post?.Message ?? "");
        }

        return await RefusedAsAsync("Become a participant to interact with this run.", async () =>
        {
            await sender.Send(new AddPostToTimelineRequest(run.Id, postId, summary, user.UserId), cancellationToken);
            return Say($"Added the post to the timeline of **{run.Name}**.");
        });
    }

    private static string? PostIdOf(string word)
    {
        var match = PermalinkPattern().Match(word);
        var id = match.Success ? match.Groups["id"].Value : word;
        return Ids.IsValid(id) ? id : null;
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length <= DefaultSummaryLength ? line : line[..DefaultSummaryLength].TrimEnd() + "…";
    }

    [GeneratedRegex("/pl/(?<id>[a-z0-9]{26})/?$")]
    private static partial Regex PermalinkPattern();
}
