using Suite.Platform.Errors;

namespace Suite.Channels.Integrations.Commands;

/// <summary>
/// Who may see and change a custom command, as Mattermost's slash command permissions with the
/// default roles: the team's admins (and system admins) any command of the team, its creator while
/// still a member of the team; other team members are refused, and non-members are told it does not exist.
/// </summary>
internal sealed class CommandAccess(CommandStore store, IntegrationAccess access)
{
    /// <param name="commandId">The command.</param>
    /// <param name="hideRefusal">Answer 404 rather than 403 to a team member who may not manage it (Mattermost's reads do).</param>
    /// <param name="cancellationToken">Cancels the lookups.</param>
    public async Task<Command> RequireManageableAsync(string commandId, bool hideRefusal, CancellationToken cancellationToken)
    {
        var command = await store.FindAsync(commandId, cancellationToken) ?? throw NotFound();
        if (await access.IsTeamAdminAsync(command.TeamId, cancellationToken))
        {
            return command;
        }

        if (!await access.IsTeamMemberAsync(command.TeamId, cancellationToken))
        {
            throw NotFound();
        }

        if (command.CreatorId == access.UserId)
        {
            return command;
        }

        throw hideRefusal ? NotFound() : AppErrorException.Forbidden("Only the command's creator and team admins may manage it.");
    }

    public static AppErrorException NotFound() => new(404, "api.command.get.app_error", "Unable to find the command.");

    public static AppErrorException DuplicateTrigger() =>
        new(400, "api.command.duplicate_trigger.app_error", "This trigger word is already in use. Please choose another word.");
}
