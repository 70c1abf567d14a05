using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Suite.Channels.Contracts;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Keywords;

/// <summary>
/// New posts waiting for the <see cref="KeywordPromptWorker"/>. Bounded: when the worker falls 10,000
/// posts behind, further posts are not checked for keywords (a warning is logged).
/// </summary>
internal sealed partial class KeywordPostQueue(ILogger<KeywordPostQueue> logger)
{
    public const int Capacity = 10_000;

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The keyword queue is full; post {PostId} is not checked for keywords.")]
    private static partial void QueueFull(ILogger logger, string postId);
}

/// <summary>
/// Queues each new post for the keyword check and returns at once, so a post's write never waits for it.
/// System messages and Playbooks' own prompts are never checked.
/// </summary>
internal sealed class KeywordPostTrigger(KeywordPostQueue queue) : INotificationHandler<PostCreated>
{
    public Task Handle(PostCreated notification, CancellationToken cancellationToken)
    {
        var type = notification.Post.Type;
        if (!type.StartsWith("system_", StringComparison.Ordinal) && type != KeywordPromptPosts.PostType)
        {
            queue.Enqueue(notification);
        }

        return Task.CompletedTask;
    }
}
