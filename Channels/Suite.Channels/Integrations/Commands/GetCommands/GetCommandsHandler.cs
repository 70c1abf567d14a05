using Suite.Platform.Commands;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.GetCommands;

internal sealed class GetCommandsHandler(CommandStore store, IEnumerable<ISlashCommand> builtIns, IntegrationAccess access)
    : IRequestHandler<GetCommandsRequest, IReadOnlyList<Command>>
{
    public async Task<IReadOnlyList<Command>> Handle(GetCommandsRequest request, CancellationToken cancellationToken)
    {
        var admin = await access.IsTeamAdminAsync(request.TeamId, cancellationToken);
        var custom = (await store.ListAsync(request.TeamId, cancellationToken)).Select(c => admin ? c : c.Sanitized());
        if (request.CustomOnly)
        {
            return custom.ToList();
        }

        var system = builtIns.OrderBy(c => c.Trigger, StringComparer.Ordinal).Select(c => new Command
        {
            Id = "",
            TeamId = "",
            Trigger = c.Trigger,
            AutoComplete = true,
            AutoCompleteDesc = c.AutocompleteDescription,
            AutoCompleteHint = c.AutocompleteHint,
            DisplayName = c.Trigger,
            IsBuiltIn = true,
        });
        return system.Concat(custom).ToList();
    }
}
