using Suite.Platform.Commands;
using static Suite.Playbooks.SlashCommand.CommandReplies;

namespace Suite.Playbooks.SlashCommand;

/// <summary>
/// <c>/playbook</c>, Mattermost's Playbooks slash command: its sub-commands act on the run of the channel
/// they are typed in (see <see cref="ChannelRuns"/>) through the same requests as the API, as the user
/// who typed them, and answer that user alone. An unknown or missing sub-command answers the help.
/// </summary>
internal sealed class PlaybookCommand(StartRun start, RunChanges changes, RunReports reports, AddToTimeline addToTimeline) : ISlashCommand
{
    public string Trigger => "playbook";

    public string AutocompleteDescription => "Available commands: run, finish, update, check, checkadd, checkremove, owner, add, info, timeline, todo, list, help";

    public string AutocompleteHint => "[command]";

    public Task<SlashCommandResponse> ExecuteAsync(SlashCommandArgs args, CancellationToken cancellationToken)
    {
        var words = new CommandWords(args.Text);
        return words.Next().ToLowerInvariant() switch
        {
            "run" => start.ExecuteAsync(args, words, cancellationToken),
            "finish" => changes.FinishAsync(args, words, cancellationToken),
            "update" => changes.UpdateAsync(args, words, cancellationToken),
            "check" => changes.CheckAsync(args, words, cancellationToken),
            "checkadd" => changes.AddItemAsync(args, words, cancellationToken),
            "checkremove" => changes.RemoveItemAsync(args, words, cancellationToken),
            "owner" => changes.OwnerAsync(args, words, cancellationToken),
            "add" => addToTimeline.ExecuteAsync(args, words, cancellationToken),
            "info" => reports.InfoAsync(args, words, cancellationToken),
            "timeline" => reports.TimelineAsync(args, words, cancellationToken),
            "todo" => reports.TodoAsync(args, cancellationToken),
            "list" => reports.ListAsync(args, cancellationToken),
            _ => Task.FromResult(Say(Help)),
        };
    }
}
