using Suite.Platform.Mediator;

namespace Suite.Channels.Members.ViewChannels;

/// <summary>
/// <c>POST /api/v4/channels/members/{user_id}/view</c> (<c>channel_id</c> and <c>prev_channel_id</c>)
/// and <c>POST /api/v4/channels/members/{user_id}/mark_read</c> (a list of ids): marks the channels
/// read for the user, as Mattermost's <c>MarkChannelsAsViewed</c> does.
/// </summary>
internal sealed record ViewChannelsRequest(string UserId, IReadOnlyList<string> ChannelIds) : IRequest<ChannelViewResponse>;

/// <summary>Mattermost's <c>ChannelViewResponse</c>.</summary>
internal sealed record ChannelViewResponse(string Status, IReadOnlyDictionary<string, long> LastViewedAtTimes);

/// <summary>The body of a view.</summary>
internal sealed record ViewChannelBody(string? ChannelId, string? PrevChannelId);
