using Suite.Platform;
using Suite.Platform.Commands;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.CreateCommand;

internal sealed class CreateCommandHandler(CommandStore store, IEnumerable<ISlashCommand> builtIns, ICurrentUser currentUser, IntegrationsOptions options, TimeProvider time)
    : IRequestHandler<CreateCommandRequest, Command>
{
    public async Task<Command> Handle(CreateCommandRequest request, CancellationToken cancellationToken)
    {
        if (!options.EnableCommands)
        {
            throw IntegrationErrors.CommandsDisabled();
        }

        var trigger = request.Trigger.ToLowerInvariant();
        if (builtIns.Any(c => c.Trigger == trigger))
        {
            throw new AppErrorException(400, "api.command.duplicate_trigger.app_error", "This trigger word is already in use. Please choose another word.");
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var command = new Command
        {
            Id = Ids.New(),
            Token = Ids.New(),
            CreateAt = now,
            UpdateAt = now,
            CreatorId = currentUser.RequireUserId(),
            TeamId = request.TeamId,
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
        return await store.InsertAsync(command, cancellationToken)
            ? command
            : throw new AppErrorException(400, "api.command.duplicate_trigger.app_error", "This trigger word is already in use. Please choose another word.");
    }
}
