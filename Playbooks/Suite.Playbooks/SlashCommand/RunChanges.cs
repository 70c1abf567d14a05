using Suite.Platform.Commands;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Checklists;
using Suite.Playbooks.Checklists.ChangeChecklist;
using Suite.Playbooks.Runs;
using Suite.Playbooks.Runs.ChangeOwner;
using Suite.Playbooks.Runs.FinishRun;
using Suite.Playbooks.Runs.UpdateStatus;
using static Suite.Playbooks.SlashCommand.CommandReplies;

namespace Suite.Playbooks.SlashCommand;

/// <summary>
/// The sub-commands that change the channel's run: <c>finish</c>, <c>update</c>, <c>check</c>,
/// <c>checkadd</c>, <c>checkremove</c> and <c>owner</c>. Each sends the request the API sends, so the
/// same people may do the same things.
/// </summary>
internal sealed class RunChanges(ChannelRuns channelRuns, ISender sender, IUserDirectory users)
{
    /// <summary>Used when neither the run nor its playbook has a reminder cadence: a day, the playbook default.</summary>
    private const long DefaultReminderSeconds = 24 * 60 * 60;

    public async Task<SlashCommandResponse> FinishAsync(SlashCommandArgs args, CommandWords words, CancellationToken cancellationToken)
    {
        var (run, reply) = await channelRuns.PickAsync(args, words, "/playbook finish [run #]", cancellationToken);
        if (run is null)
        {
            return reply!;
        }

        return await RefusedAsAsync("You do not have permission to finish this run.", async () =>
        {
            await sender.Send(new FinishRunRequest(run.Id, Finished: true), cancellationToken);
            return Say($"You finished the run **{run.Name}**.");
        });
    }

    public async Task<SlashCommandResponse> UpdateAsync(SlashCommandArgs args, CommandWords words, CancellationToken cancellationToken)
    {
        const string Usage = "/playbook update [run #] <message>";
        var (run, reply) = await channelRuns.PickAsync(args, words, Usage, cancellationToken);
        if (run is null)
        {
            return reply!;
        }

        if (words.IsEmpty)
        {
            return Say($"Type the status update after the command: `{Usage}`.");
        }

        var reminder = run.PreviousReminder > 0 ? run.PreviousReminder / 1_000_000_000
            : run.ReminderTimerDefaultSeconds > 0 ? run.ReminderTimerDefaultSeconds
            : DefaultReminderSeconds;
        return await RefusedAsAsync("Become a participant to interact with this run.", async () =>
        {
            await sender.Send(new UpdateStatusRequest(run.Id, words.Rest, reminder, FinishRun: false), cancellationToken);
            return SlashCommandResponse.Done;
        });
    }

    public async Task<SlashCommandResponse> CheckAsync(SlashCommandArgs args, CommandWords words, CancellationToken cancellationToken)
    {
        const string Usage = "/playbook check [run #] <checklist #> <item #>";
        var (run, reply) = await channelRuns.PickAsync(args, words, Usage, cancellationToken);
        if (run is null)
        {
            return reply!;
        }

        if (words.Count != 2)
        {
            return Say($"Command expects two arguments, the checklist number and the item number: `{Usage}`.");
        }

        if (ItemOf(run, words, Usage, out var checklist, out var item) is { } wrong)
        {
            return wrong;
        }

        var state = run.Checklists[checklist].Items[item].State == ChecklistItemStates.Closed ? ChecklistItemStates.Open : ChecklistItemStates.Closed;
        return await ChangeAsync(run, new SetItemState(checklist, item, state), cancellationToken);
    }

    public async Task<SlashCommandResponse> AddItemAsync(SlashCommandArgs args, CommandWords words, CancellationToken cancellationToken)
    {
        const string Usage = "/playbook checkadd [run #] <checklist #> <item text>";
        var (run, reply) = await channelRuns.PickAsync(args, words, Usage, cancellationToken);
        if (run is null)
        {
            return reply!;
        }

        var checklist = words.NextNumber();
        if (checklist is null || words.IsEmpty)
        {
            return Say($"Command expects the checklist number and the item's text: `{Usage}`.");
        }

        if (checklist >= run.Checklists.Count)
        {
            return Say(NoChecklist(run, checklist.Value));
        }

        return await ChangeAsync(run, new AddItem(checklist.Value, new ChecklistItem { Title = words.Rest }), cancellationToken);
    }

    public async Task<SlashCommandResponse> RemoveItemAsync(SlashCommandArgs args, CommandWords words, CancellationToken cancellationToken)
    {
        const string Usage = "/playbook checkremove [run #] <checklist #> <item #>";
        var (run, reply) = await channelRuns.PickAsync(args, words, Usage, cancellationToken);
        if (run is null)
        {
            return reply!;
        }

        if (words.Count != 2)
        {
            return Say($"Command expects two arguments, the checklist number and the item number: `{Usage}`.");
        }

        if (ItemOf(run, words, Usage, out var checklist, out var item) is { } wrong)
        {
            return wrong;
        }

        return await ChangeAsync(run, new DeleteItem(checklist, item), cancellationToken);
    }

    public async Task<SlashCommandResponse> OwnerAsync(SlashCommandArgs args, CommandWords words, CancellationToken cancellationToken)
    {
        const string Usage = "/playbook owner [run #] [@username]";
        var (run, reply) = await channelRuns.PickAsync(args, words, Usage, cancellationToken);
        if (run is null)
        {
            return reply!;
        }

        if (words.IsEmpty)
        {
            var owner = await users.FindByIdsAsync([run.OwnerUserId], cancellationToken) is [var user, ..] ? user.Username : Runs.Usernames.Unknown;
            return Say($"**@{owner}** is the current owner for this playbook run.");
        }

        if (words.Count != 1)
        {
            return Say($"/playbook owner expects at most one argument: `{Usage}`.");
        }

        var username = words.Next().TrimStart('@').ToLowerInvariant();
        var target = (await users.FindByUsernamesAsync([username], cancellationToken)).FirstOrDefault(u => !u.IsDeleted);
        if (target is null)
        {
            return Say($"Unable to find user @{username}");
        }

        if (target.Id == run.OwnerUserId)
        {
            return Say($"User @{username} is already owner of this playbook run.");
        }

        return await RefusedAsAsync("You do not have permission to change the owner of this run.", async () =>
        {
            await sender.Send(new ChangeOwnerRequest(run.Id, target.Id), cancellationToken);
            return Say($"@{username} is now the owner of **{run.Name}**.");
        });
    }

    private async Task<SlashCommandResponse> ChangeAsync(PlaybookRun run, ChecklistChange change, CancellationToken cancellationToken) =>
        await RefusedAsAsync("Become a participant to interact with this run.", async () =>
        {
            await sender.Send(new ChangeChecklistRequest(run.Id, change), cancellationToken);
            return SlashCommandResponse.Done;
        });

    /// <summary>Reads a checklist and an item number that exist in the run; a reply saying what is wrong otherwise.</summary>
    private static SlashCommandResponse? ItemOf(PlaybookRun run, CommandWords words, string usage, out int checklist, out int item)
    {
        (checklist, item) = (0, 0);
        if (words.NextNumber() is not { } c || words.NextNumber() is not { } i)
        {
            return Say($"Error parsing the arguments: the checklist and item numbers must be numbers (`{usage}`).");
        }

        if (c >= run.Checklists.Count)
        {
            return Say(NoChecklist(run, c));
        }

        if (i >= run.Checklists[c].Items.Count)
        {
            return Say($"Checklist {c} (\"{run.Checklists[c].Title}\") has no item {i}; its items are numbered 0 to {run.Checklists[c].Items.Count - 1}.");
        }

        (checklist, item) = (c, i);
        return null;
    }

    private static string NoChecklist(PlaybookRun run, int checklist) =>
        run.Checklists.Count == 0 ? $"This run has no checklist {checklist}: it has no checklists." : $"This run has no checklist {checklist}; its checklists are numbered 0 to {run.Checklists.Count - 1}.";
}
