using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.UpdateCommand;

/// <summary>
/// <c>PUT /api/v4/commands/{command_id}</c>: replaces a command's settings (not its team, token or creator);
/// for its creator and the team's admins.
/// </summary>
internal sealed record UpdateCommandRequest : IRequest<Command>
{
    public string CommandId { get; init; } = "";
    public string? BodyId { get; init; }
    public string TeamId { get; init; } = "";
    public string Trigger { get; init; } = "";
    public string Method { get; init; } = "P";
    public string Url { get; init; } = "";
    public string Username { get; init; } = "";
    public string IconUrl { get; init; } = "";
    public bool AutoComplete { get; init; }
    public string AutoCompleteDesc { get; init; } = "";
    public string AutoCompleteHint { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string Description { get; init; } = "";
}
