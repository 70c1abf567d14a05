using System.Globalization;
using JasperFx;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Boards.Notifications;

namespace Suite.Boards.Reminders;

/// <summary>
/// Due-date reminders: at start-up and every <see cref="NotificationOptions.ReminderScanInterval"/> it reads the
/// cards with a due date (<see cref="DueDates"/>) that falls today or tomorrow (UTC) and sends each assignee who
/// may view the board a direct message from the Boards bot, the day before and on the day. A reminder is
/// recorded (<see cref="DueReminderSent"/>) before it is sent, so it goes out at most once whatever restarts or
/// nodes scan; a reminder missed while no node ran is sent late only on its own day.
/// </summary>
internal sealed class DueDateReminderScanner(
    BoardStore store, BoardAccess access, BoardsMessenger messenger, CardLinks links, NotificationOptions options, TimeProvider time, ILogger<DueDateReminderScanner> logger)
    : BackgroundService
{
    public const string DayBefore = "dayBefore";
    public const string DueDay = "dueDay";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.ReminderScanInterval, time);
        do
        {
            try
            {
                await ScanAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The due date reminder scan failed; it runs again in {Interval}", options.ReminderScanInterval);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    internal async Task ScanAsync(CancellationToken cancellationToken)
    {
        var today = DueDates.Day(time.GetUtcNow().ToUnixTimeMilliseconds());
        IReadOnlyList<Board> boards;
        await using (var session = store.QuerySession())
        {
            boards = await session.Query<Board>().Where(b => b.DeleteAt == 0 && !b.IsTemplate).ToListAsync(cancellationToken);
        }

        foreach (var board in boards)
        {
            if (DueDates.DueProperty(board) is not { } due)
            {
                continue;
            }

            IReadOnlyList<Block> cards;
            await using (var session = store.QuerySession())
            {
                cards = await session.QueryAsync<Block>(
                    "where data ->> 'boardId' = ? and data ->> 'type' = 'card' and (data ->> 'deleteAt')::bigint = 0 and coalesce(data -> 'fields' -> 'properties' ->> ?, '') <> ''",
                    cancellationToken,
                    board.Id,
                    due.Id);
            }

            foreach (var card in cards)
            {
                var kind = DueDates.DueDay(board, card) is { } day
                    ? day == today ? DueDay : day == today.AddDays(1) ? DayBefore : null
                    : null;
                if (kind is not null)
                {
                    await RemindAsync(board, card, kind, kind == DueDay ? today : today.AddDays(1), cancellationToken);
                }
            }
        }
    }

    private async Task RemindAsync(Board board, Block card, string kind, DateOnly dueDay, CancellationToken cancellationToken)
    {
        if (card.Fields.TryGetValue("isTemplate", out var template) && template.ValueKind == System.Text.Json.JsonValueKind.True)
        {
            return;
        }

        foreach (var userId in BlockChangeNotifier.Assignees(board, card))
        {
            if (!(await access.RightsAsync(board, new Actor(userId, false), cancellationToken)).Has(BoardPermission.ViewBoard)
                || !await ClaimAsync(card.Id, userId, kind, dueDay, cancellationToken))
            {
                continue;
            }

            var when = kind == DueDay ? "today" : "tomorrow";
            var message = $"Reminder: the card {CardLinks.Markdown(CardLinks.CardTitle(card.Title), links.Card(board, card.Id))} in board "
                + $"{CardLinks.Markdown(CardLinks.BoardTitle(board), links.Board(board))} is due {when}, {dueDay.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}.";
            await messenger.DirectAsync(userId, message, null, cancellationToken);
        }
    }

    private async Task<bool> ClaimAsync(string cardId, string userId, string kind, DateOnly dueDay, CancellationToken cancellationToken)
    {
        var record = new DueReminderSent
        {
            Id = DueReminderSent.IdOf(cardId, userId, kind, dueDay),
            CardId = cardId,
            UserId = userId,
            SentAt = time.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        await using var session = store.Session();
        if (await session.LoadAsync<DueReminderSent>(record.Id, cancellationToken) is not null)
        {
            return false;
        }

        session.Insert(record);
        try
        {
            await session.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is DocumentAlreadyExistsException || ex.InnerException is DocumentAlreadyExistsException)
        {
            return false;
        }
    }
}
