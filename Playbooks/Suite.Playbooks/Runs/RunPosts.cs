using Suite.Channels.Contracts;
using Suite.Playbooks.Bot;

namespace Suite.Playbooks.Runs;

/// <summary>The posts a run makes in its channel: the Playbooks bot's, carrying the run's id as Mattermost's do.</summary>
internal static class RunPosts
{
    public static Task<PostInfo> PostAsync(PlaybooksBot bot, PlaybookRun run, string message, string type, CancellationToken cancellationToken, IReadOnlyDictionary<string, object>? props = null)
    {
        var allProps = new Dictionary<string, object>(props ?? new Dictionary<string, object>()) { ["playbookRunId"] = run.Id };
        return bot.PostAsync(run.ChannelId, message, cancellationToken, type, allProps);
    }

    /// <summary>Mattermost's relative link to a run's details page.</summary>
    public static string DetailsUrl(string runId) => $"/playbooks/runs/{runId}";

    /// <summary>A run's name as the text of a Markdown link.</summary>
    public static string LinkText(string name) =>
        name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);

    /// <summary>A Markdown link to the run's details page.</summary>
    public static string Link(PlaybookRun run) => $"[{LinkText(run.Name)}]({DetailsUrl(run.Id)})";
}
