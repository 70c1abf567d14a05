using System.Text.Json;
using Suite.Channels.Posts.Writing;

namespace Suite.Channels.Posts;

/// <summary>
/// The one way posts are written: through the channel's grain (on whichever node it is active),
/// so that posts into the same channel queue behind the transaction in flight and commit together
/// in the next one.
/// </summary>
internal sealed class PostWriter(IGrainFactory grains, ChannelWideMentionAudience channelWideMentions)
{
    /// <summary>What became of the post; the written post and its audience when it was written.</summary>
    public async Task<(PostWriteStatus Status, PostWriteResult? Written)> WriteAsync(PostDraft draft)
    {
        draft = await channelWideMentions.ResolveAsync(draft);
        var outcome = await grains.GetGrain<IChannelGrain>(draft.ChannelId).WritePostAsync(PostWriteRequest.From(draft));
        return outcome.Status == PostWriteStatus.Written
            ? (outcome.Status, new PostWriteResult(ToPost(draft, outcome), true, outcome.MentionedUserIds, outcome.Channel!, outcome.MemberIds, outcome.Usernames))
            : (outcome.Status, null);
    }

    private static Post ToPost(PostDraft draft, PostWriteOutcome outcome) => new()
    {
        Id = draft.Id,
        CreateAt = outcome.CreateAt,
        UpdateAt = outcome.CreateAt,
        UserId = draft.UserId,
        ChannelId = draft.ChannelId,
        RootId = draft.RootId,
        Message = draft.Message,
        Type = draft.Type,
        Props = draft.Props.ValueKind == JsonValueKind.Object ? draft.Props : PostProps.Empty,
        Hashtags = Hashtags.Parse(draft.Message),
        PendingPostId = draft.PendingPostId,
        FileIds = [.. draft.FileIds],
        ReplyCount = outcome.ReplyCount,
        LastReplyAt = outcome.LastReplyAt,
    };
}
