using Suite.Channels.Channels;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.AddChannelMembers;

/// <summary>
/// <c>POST /api/v4/channels/{channel_id}/members</c> with <c>user_id</c> (answers the membership) or
/// <c>user_ids</c> (answers the list). Adding oneself to a public channel is joining it.
/// </summary>
internal sealed record AddChannelMembersRequest(string ChannelId, IReadOnlyList<string> UserIds) : IRequest<IReadOnlyList<ChannelMember>>;

/// <summary>The body Mattermost's client sends.</summary>
internal sealed record AddChannelMembersBody(string? UserId, List<string>? UserIds, string? ChannelId, string? PostRootId);
