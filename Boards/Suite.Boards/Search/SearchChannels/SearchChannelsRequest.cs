using System.Text.Json.Serialization;
using Suite.Boards.Api;
using Suite.Boards.Members;
using Suite.Channels.Contracts;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Search.SearchChannels;

/// <summary>A channel as Focalboard's channel search answers it (Mattermost's <c>Channel</c>, snake_case).</summary>
public sealed record ChannelResponse(
    string Id,
    [property: JsonPropertyName("team_id")] string TeamId,
    string Type,
    string Name,
    [property: JsonPropertyName("display_name")] string DisplayName,
    [property: JsonPropertyName("creator_id")] string CreatorId,
    [property: JsonPropertyName("create_at")] long CreateAt,
    [property: JsonPropertyName("delete_at")] long DeleteAt);

/// <summary>
/// <c>GET /teams/{teamId}/channels?search=</c>: the caller's channels in the team whose name or display name
/// contains the text (case-insensitive), to link a board to; by display name.
/// </summary>
internal sealed record SearchChannelsRequest(string TeamId, string Search) : IRequest<IReadOnlyList<ChannelResponse>>;

internal sealed class SearchChannelsHandler(ISender sender, TeamGate team, ICurrentUser user) : IRequestHandler<SearchChannelsRequest, IReadOnlyList<ChannelResponse>>
{
    public async Task<IReadOnlyList<ChannelResponse>> Handle(SearchChannelsRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        await team.RequireMemberAsync(request.TeamId, actor, cancellationToken);
        var channels = await sender.Send(new GetUserChannels(actor.UserId, request.TeamId), cancellationToken);
        return channels
            .Where(c => c.DeleteAt == 0
                && (c.Name.Contains(request.Search, StringComparison.OrdinalIgnoreCase) || c.DisplayName.Contains(request.Search, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => c.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Select(c => new ChannelResponse(c.Id, c.TeamId, c.Type, c.Name, c.DisplayName, c.CreatorId, c.CreateAt, c.DeleteAt))
            .ToList();
    }
}
