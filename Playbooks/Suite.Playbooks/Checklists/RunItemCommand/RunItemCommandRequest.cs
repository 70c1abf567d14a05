using Suite.Channels.Contracts;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Runs;

namespace Suite.Playbooks.Checklists.RunItemCommand;

/// <summary>
/// <c>POST /runs/{id}/checklists/{n}/item/{i}/run</c>: runs the item's slash command as the caller in
/// the run channel, then records when it ran and a <c>ran_slash_command</c> timeline entry. A command
/// that is unknown or fails answers its error and records nothing. Answers the command's trigger id.
/// </summary>
internal sealed record RunItemCommandRequest(string RunId, int Checklist, int Item) : IRequest<string>;

internal sealed class RunItemCommandHandler(RunAccess access, RunStore runs, RunBroadcaster broadcaster, ICurrentUser user, ISender sender, TimeProvider time)
    : IRequestHandler<RunItemCommandRequest, string>
{
    public async Task<string> Handle(RunItemCommandRequest request, CancellationToken cancellationToken)
    {
        var before = await access.WorkableAsync(request.RunId, cancellationToken);
        if (before.Checklists.ElementAtOrDefault(request.Checklist) is not { } checklist)
        {
            throw AppErrorException.InvalidUrl("checklist");
        }

        var command = CommandOf(before, request) ?? throw AppErrorException.InvalidUrl("item");
        if (command.Length == 0)
        {
            throw new AppErrorException(400, "app.playbook_run.no_command", $"Checklist item \"{checklist.Items[request.Item].Title}\" has no slash command to run.");
        }

        var result = await sender.Send(new ExecuteSlashCommand { ChannelId = before.ChannelId, TeamId = before.TeamId, Command = command }, cancellationToken);
        var run = await runs.ChangeAsync(
            request.RunId,
            current =>
            {
                // The command may have changed the run (moved or deleted the item): record it only where it still is.
                if (CommandOf(current, request) != command)
                {
                    return [];
                }

                return [new ItemCommandRan(request.Checklist, request.Item, command)
                {
                    At = time.GetUtcNow().ToUnixTimeMilliseconds(), ActorId = user.UserId, Summary = $"ran the slash command: `{command}`",
                }];
            },
            cancellationToken);
        await broadcaster.UpdatedAsync(run, cancellationToken);
        return result.TriggerId;
    }

    /// <summary>The item's command, trimmed; null when there is no such item.</summary>
    private static string? CommandOf(PlaybookRun run, RunItemCommandRequest request) =>
        request.Checklist >= 0 && request.Checklist < run.Checklists.Count
        && request.Item >= 0 && request.Item < run.Checklists[request.Checklist].Items.Count
            ? run.Checklists[request.Checklist].Items[request.Item].Command.Trim()
            : null;
}
