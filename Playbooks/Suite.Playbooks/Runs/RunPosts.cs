using System.Text.Json;
using Suite.Channels.Contracts;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Runs;

/// <summary>
/// Posts a run makes in its channel. Suite has no Playbooks bot account: a post is the given author's
/// when they are in the channel, else the owner's, marked as the bot's (<c>from_bot</c>) the way
/// integration posts are.
/// </summary>
internal static class RunPosts
{
    public static async Task<PostInfo> PostAsync(ISender sender, PlaybookRun run, string authorId, string message, string type, CancellationToken cancellationToken, IDictionary<string, string>? props = null)
    {
        var asAuthor = authorId != run.OwnerUserId && await sender.Send(new IsChannelMember(run.ChannelId, authorId), cancellationToken);
        var allProps = new Dictionary<string, string>(props ?? new Dictionary<string, string>()) { ["playbookRunId"] = run.Id };
        if (!asAuthor)
        {
            allProps["from_bot"] = "true";
        }

        return await sender.Send(
            new CreatePost
            {
                ChannelId = run.ChannelId,
                UserId = asAuthor ? authorId : run.OwnerUserId,
                Message = message,
                Type = type,
                PropsJson = JsonSerializer.Serialize(allProps, ApiJson.Options),
                FromWebhook = !asAuthor,
            },
            cancellationToken);
    }

    /// <summary>Mattermost's relative link to a run's details page.</summary>
    public static string DetailsUrl(string runId) => $"/playbooks/runs/{runId}";

    /// <summary>A run's name as the text of a Markdown link.</summary>
    public static string LinkText(string name) =>
        name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
}
