using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Suite.Channels.Contracts;
using Suite.Platform.Mediator;

namespace Suite.Channels.Notifications;

/// <summary>
/// Posts waiting for the <see cref="NotificationDispatcher"/>. Bounded: when the dispatcher falls
/// 10,000 posts behind, further posts notify nobody (and a warning is logged) rather than holding memory.
/// </summary>
internal sealed partial class NotificationQueue(ILogger<NotificationQueue> logger)
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The notification queue is full; post {PostId} notifies nobody.")]
    private static partial void QueueFull(ILogger logger, string postId);
}

/// <summary>
/// Queues each new post for notifications and returns at once, so posting never waits for (or
/// fails with) an SMTP server or a push proxy. System messages notify nobody.
/// </summary>
internal sealed class NotificationTrigger(NotificationQueue queue, NotificationSettings settings) : INotificationHandler<PostCreated>
{
    public Task Handle(PostCreated notification, CancellationToken cancellationToken)
    {
        if ((settings.EmailEnabled || settings.PushEnabled) && !notification.Post.Type.StartsWith("system_", StringComparison.Ordinal))
        {
            queue.Enqueue(notification);
        }

        return Task.CompletedTask;
    }
}
