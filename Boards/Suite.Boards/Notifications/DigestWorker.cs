using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Boards.Subscriptions;
using Suite.Platform.Identity;

namespace Suite.Boards.Notifications;

/// <summary>
/// Sends card digests as they fall due (Focalboard's notifier loop): it sleeps until the next digest is due,
/// a change on this node wakes it, and it looks again every <see cref="NotificationOptions.PollInterval"/>
/// for digests other nodes wrote. Each subscriber gets the changes others made, never their own, and only
/// while they may still view the board.
/// </summary>
internal sealed class DigestWorker(
    CardDigests digests, SubscriptionStore subscriptions, BoardStore store, BoardAccess access, BoardsMessenger messenger, IUserDirectory directory,
    CardLinks links, NotificationOptions options, TimeProvider time, ILogger<DigestWorker> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>Makes the worker look at the digests now (after this node recorded a change).</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: it looks once more anyway.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.PollInterval;
            try
            {
                wait = await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Sending card change notices failed; trying again in {Interval}", options.PollInterval);
            }

            try
            {
                using var woken = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var sleep = Task.Delay(wait, time, woken.Token);
                var finished = await Task.WhenAny(sleep, _wake.WaitAsync(woken.Token));
                await woken.CancelAsync();
                await finished;
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends every due digest; answers how long to sleep before the next one is due.</summary>
    internal async Task<TimeSpan> SendDueAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var (due, next) = await digests.ScheduleAsync(cancellationToken);
            foreach (var cardId in due)
            {
                if (await digests.TakeAsync(cardId, cancellationToken) is { } digest)
                {
                    await SendAsync(digest, cancellationToken);
                }
            }

            if (due.Count > 0)
            {
                continue;
            }

            var wait = next is { } at ? at - time.GetUtcNow() : options.PollInterval;
            return wait <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(1) : wait < options.PollInterval ? wait : options.PollInterval;
        }
    }

    private async Task SendAsync(CardDigest digest, CancellationToken cancellationToken)
    {
        var board = await store.FindBoardAsync(digest.BoardId, cancellationToken);
        var card = await store.FindBlockAsync(digest.Id, cancellationToken);
        if (board is null || card is null)
        {
            return;
        }

        var subscribers = (await subscriptions.OfBlockAsync(card.Id, cancellationToken)).Concat(await subscriptions.OfBlockAsync(board.Id, cancellationToken))
            .Select(s => s.SubscriberId).Distinct().ToList();
        var people = digest.Changes.Select(c => c.AuthorId)
            .Concat(digest.Changes.SelectMany(c => PropertyDisplay.People(board.CardProperties.FirstOrDefault(p => p.Id == c.Key), c.Old)
                .Concat(PropertyDisplay.People(board.CardProperties.FirstOrDefault(p => p.Id == c.Key), c.New))))
            .Distinct().ToList();
        var usernames = (await directory.FindByIdsAsync(people, cancellationToken)).ToDictionary(u => u.Id, u => u.Username);
        foreach (var subscriberId in subscribers)
        {
            var theirs = digest.Changes.Where(c => c.AuthorId != subscriberId).ToList();
            if (theirs.Count == 0 || !(await access.RightsAsync(board, new Actor(subscriberId, false), cancellationToken)).Has(BoardPermission.ViewBoard))
            {
                continue;
            }

            if (DigestMessages.Render(board, card, theirs, usernames, links) is { } attachment)
            {
                var props = BoardsJson.ToElement(new { attachments = new[] { attachment } }).GetRawText();
                await messenger.DirectAsync(subscriberId, "", props, cancellationToken);
            }
        }
    }
}
