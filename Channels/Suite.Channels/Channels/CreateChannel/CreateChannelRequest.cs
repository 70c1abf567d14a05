using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.CreateChannel;

/// <summary><c>POST /api/v4/channels</c>: a public or private channel in a team.</summary>
internal sealed record CreateChannelRequest : IRequest<Channel>
{
    public string TeamId { get; init; } = "";
    public string Name { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string Type { get; init; } = "";
    public string Purpose { get; init; } = "";
    public string Header { get; init; } = "";
}
