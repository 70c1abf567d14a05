using Suite.Channels.Channels;
using Suite.Channels.Channels.GetMyChannels;
using Suite.Channels.Contracts;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integration;

/// <summary>Handles <see cref="GetUserChannels"/> for other modules through the API's own request.</summary>
internal sealed class GetUserChannelsHandler(ISender sender) : IRequestHandler<GetUserChannels, IReadOnlyList<ChannelInfo>>
{
    public async Task<IReadOnlyList<ChannelInfo>> Handle(GetUserChannels request, CancellationToken cancellationToken)
    {
        var channels = await sender.Send(new GetMyChannelsRequest(request.UserId, request.TeamId, IncludeDeleted: false), cancellationToken);
        return channels
            .Where(c => c.Type is ChannelTypes.Open or ChannelTypes.Private)
            .OrderBy(c => c.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Select(ContractMapping.ToInfo)
            .ToList();
    }
}
