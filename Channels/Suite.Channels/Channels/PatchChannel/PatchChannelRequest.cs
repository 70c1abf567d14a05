using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.PatchChannel;

/// <summary>
/// <c>PUT /api/v4/channels/{channel_id}/patch</c> (and <c>PUT /api/v4/channels/{channel_id}</c>):
/// fields left null stay as they are.
/// </summary>
internal sealed record PatchChannelRequest : IRequest<Channel>
{
    public string ChannelId { get; init; } = "";
    public string? Name { get; init; }
    public string? DisplayName { get; init; }
    public string? Purpose { get; init; }
    public string? Header { get; init; }
}

/// <summary>The body of a patch.</summary>
internal sealed record ChannelPatch(string? Id, string? Name, string? DisplayName, string? Purpose, string? Header);
