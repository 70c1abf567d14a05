using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.ExecuteCommand;

/// <summary><c>POST /api/v4/commands/execute</c>: runs a built-in or the team's custom command as the signed-in user.</summary>
internal sealed record ExecuteCommandRequest : IRequest<CommandResponseBody>
{
    public string Command { get; init; } = "";
    public string ChannelId { get; init; } = "";
    public string TeamId { get; init; } = "";
    public string RootId { get; init; } = "";
    public string ParentId { get; init; } = "";
}
