namespace Suite.Channels.Posts.Writing;

/// <summary>
/// A channel's grain: one activation in the whole cluster per channel id, which serialises and
/// batches the channel's post writes whichever node a post arrived at.
/// </summary>
internal interface IChannelGrain : IGrainWithStringKey
{
    /// <summary>Writes the post; answers once it is committed, or why it was not written.</summary>
    Task<PostWriteOutcome> WritePostAsync(PostWriteRequest request);
}
