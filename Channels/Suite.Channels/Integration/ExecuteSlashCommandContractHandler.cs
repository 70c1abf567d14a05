using Suite.Channels.Contracts;
using Suite.Channels.Integrations.Commands.ExecuteCommand;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integration;

/// <summary>Handles <see cref="ExecuteSlashCommand"/> for other modules through the API's own request, so its rules and replies are the same.</summary>
internal sealed class ExecuteSlashCommandContractHandler(ISender sender) : IRequestHandler<ExecuteSlashCommand, SlashCommandResult>
{
    public async Task<SlashCommandResult> Handle(ExecuteSlashCommand request, CancellationToken cancellationToken)
    {
        var response = await sender.Send(new ExecuteCommandRequest { Command = request.Command, ChannelId = request.ChannelId, TeamId = request.TeamId }, cancellationToken);
        return new SlashCommandResult(response.ResponseType, response.Text, response.TriggerId);
    }
}
