using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.CreateCommand;

/// <summary><c>POST /api/v4/commands</c>: team admins add a custom command; answers 201 with it and its random token.</summary>
internal sealed record CreateCommandRequest : IRequest<Command>, ITeamAdminRequest
{
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
