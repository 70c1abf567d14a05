using System.Globalization;
using System.Text;
using Suite.Platform.Commands;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;
using Suite.Playbooks.Runs;
using Suite.Playbooks.Runs.GetRuns;

namespace Suite.Playbooks.SlashCommand;

/// <summary>
/// Which run a sub-command typed in a channel means, as Mattermost's plugin decides: the runs in progress
/// in the channel that the caller may see, newest first. With one, that run; with several, the first
/// argument is the run's number in that list, and without a valid one the caller gets the numbered list.
/// </summary>
internal sealed class ChannelRuns(ISender sender)
{
    public async Task<IReadOnlyList<PlaybookRun>> InProgressAsync(string channelId, CancellationToken cancellationToken) =>
        (await sender.Send(
            new GetRunsRequest { ChannelId = channelId, Statuses = [RunStatuses.InProgress], Paging = new Paging(0, Paging.MaxPerPage, "create_at", Descending: true) },
            cancellationToken)).Items;

    /// <summary>The run meant, or the reply that says why there is none (reading the run's number from <paramref name="words"/>).</summary>
    public async Task<(PlaybookRun? Run, SlashCommandResponse? Reply)> PickAsync(SlashCommandArgs args, CommandWords words, string usage, CancellationToken cancellationToken)
    {
        var runs = await InProgressAsync(args.ChannelId, cancellationToken);
        if (runs.Count == 0)
        {
            return (null, CommandReplies.Say(CommandReplies.NotInRunChannel));
        }

        if (runs.Count == 1)
        {
            return (runs[0], null);
        }

        var number = words.NextNumber();
        if (number is { } n && n < runs.Count)
        {
            return (runs[n], null);
        }

        var list = new StringBuilder(number is null
            ? $"This channel has {runs.Count} runs in progress: put the run's number first (`{usage}`)."
            : $"Invalid run number {number}: this channel has {runs.Count} runs in progress (`{usage}`).");
        for (var i = 0; i < runs.Count; i++)
        {
            list.Append(CultureInfo.InvariantCulture, $"\n{i}. **{runs[i].Name}**");
        }

        return (null, CommandReplies.Say(list.ToString()));
    }
}
