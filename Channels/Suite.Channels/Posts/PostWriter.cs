using Suite.Channels.Contracts;
using Suite.Platform.Grains;

namespace Suite.Channels.Posts;

/// <summary>
/// The one way posts are written: through the channel's grain, so that posts into the same
/// channel queue behind the transaction in flight and commit together in the next one.
/// </summary>
internal sealed class PostWriter(IGrainFactory grains, ChannelWideMentionAudience channelWideMentions)
{
    /// <summary>
    /// The written post, or null when the author already made a post with the same pending id (a
    /// retried request); <see cref="AuthorNotMemberException"/> when the draft required membership the author lacks.
    /// </summary>
    public async Task<PostWriteResult?> WriteAsync(PostDraft draft)
    {
        draft = await channelWideMentions.ResolveAsync(draft);
        var result = (PostWriteResult?)await grains.GetGrain<IChannelGrain>(draft.ChannelId).WritePostAsync(draft);
        return result is { AuthorNotMember: true } ? throw new AuthorNotMemberException() : result;
    }
}
