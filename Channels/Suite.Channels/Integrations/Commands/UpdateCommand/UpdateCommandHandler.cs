using Suite.Platform.Commands;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.UpdateCommand;

internal sealed class UpdateCommandHandler(CommandStore store, CommandAccess access, IEnumerable<ISlashCommand> builtIns, IntegrationsOptions options, TimeProvider time)
    : IRequestHandler<UpdateCommandRequest, Command>
{
    public async Task<Command> Handle(UpdateCommandRequest request, CancellationToken cancellationToken)
    {
        if (!options.EnableCommands)
        {
            throw IntegrationErrors.CommandsDisabled();
        }

        var existing = await access.RequireManageableAsync(request.CommandId, hideRefusal: false, cancellationToken);
        if (request.TeamId.Length > 0 && request.TeamId != existing.TeamId)
        {
            throw new AppErrorException(400, "api.command.team_mismatch.app_error", "Unable to move a command to another team.");
        }

        var trigger = request.Trigger.ToLowerInvariant();
        if (builtIns.Any(c => c.Trigger == trigger))
        {
            throw CommandAccess.DuplicateTrigger();
        }

        var updated = existing with
        {
            UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds(),
            Trigger = trigger,
            Method = request.Method,
            Url = request.Url,
            Username = request.Username,
            IconUrl = request.IconUrl,
            AutoComplete = request.AutoComplete,
            AutoCompleteDesc = request.AutoCompleteDesc,
            AutoCompleteHint = request.AutoCompleteHint,
            DisplayName = request.DisplayName,
            Description = request.Description,
        };
        return await store.UpdateAsync(updated, cancellationToken) ? updated : throw CommandAccess.DuplicateTrigger();
    }
}
