using Suite.Platform.Commands;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.GetAutocompleteCommands;

internal sealed class GetAutocompleteCommandsHandler(CommandStore store, IEnumerable<ISlashCommand> builtIns)
    : IRequestHandler<GetAutocompleteCommandsRequest, IReadOnlyList<Command>>
{
    public async Task<IReadOnlyList<Command>> Handle(GetAutocompleteCommandsRequest request, CancellationToken cancellationToken)
    {
        var system = builtIns.Select(c => new Command
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
        var custom = (await store.ListAsync(request.TeamId, cancellationToken)).Where(c => c.AutoComplete).Select(c => c.Sanitized());
        return system.Concat(custom).OrderBy(c => c.Trigger, StringComparer.Ordinal).ToList();
    }
}
