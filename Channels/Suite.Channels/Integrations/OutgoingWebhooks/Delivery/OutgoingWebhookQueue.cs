using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Suite.Channels.Contracts;

namespace Suite.Channels.Integrations.OutgoingWebhooks.Delivery;

/// <summary>
/// Posts waiting to be matched against outgoing webhooks: the in-memory hand-off from the posting path
/// to <see cref="OutgoingWebhookMatcher"/>, which stores the deliveries. Bounded so that a flood of posts
/// cannot grow memory without limit; when full, a post's hooks are skipped (and logged) rather than
/// making the poster wait.
/// </summary>
internal sealed partial class OutgoingWebhookQueue(ILogger<OutgoingWebhookQueue> logger)
{
    public const int Capacity = 1000;

    private readonly Channel<PostCreated> _posts = Channel.CreateBounded<PostCreated>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    public ChannelReader<PostCreated> Reader => _posts.Reader;

    public void Enqueue(PostCreated post)
    {
        if (!_posts.Writer.TryWrite(post))
        {
            QueueFull(logger, post.Post.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outgoing webhook queue is full; post {PostId} triggers no webhook.")]
    private static partial void QueueFull(ILogger logger, string postId);
}
