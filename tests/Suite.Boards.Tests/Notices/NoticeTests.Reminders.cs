namespace Suite.Boards.Tests.Notices;

public sealed partial class NoticeTests
{
    [Test]
    public async Task DueDateReminders_GoToTheAssigneesTheDayBeforeAndOnTheDay_OnceEach()
    {
        var (boardId, assignee) = await BoardWithMemberAsync("viewer");
        using var _ = assignee;
        var tomorrow = _clock.GetUtcNow().Date.AddDays(1);
        var cardId = await CardIdAsync(Owner.Client, boardId, "Release notes", new Dictionary<string, object>
        {
            [Props.Owner] = assignee.Id,
            [Props.Due] = Due(new DateTimeOffset(tomorrow.AddHours(12), TimeSpan.Zero)),
        });
        var assigned = (await BotMessagesEventuallyAsync(assignee, 1)).Count;

        var dayBefore = await BotMessagesEventuallyAsync(assignee, assigned + 1, () => _clock.Advance(ReminderScan));
        _clock.Advance(ReminderScan);
        _clock.Advance(ReminderScan);
        var onTheDay = await BotMessagesEventuallyAsync(assignee, assigned + 2, () => _clock.Advance(TimeSpan.FromHours(2)));
        _clock.Advance(ReminderScan);
        await Task.Delay(500);
        var afterwards = await BotMessagesAsync(assignee);

        var card = $"[Release notes](/boards/team/{TeamId}/{boardId}/0/{cardId})";
        var board = $"[Roadmap](/boards/team/{TeamId}/{boardId})";
        var day = tomorrow.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(Message(dayBefore[^1]), Is.EqualTo($"Reminder: the card {card} in board {board} is due tomorrow, {day}."));
        Assert.That(Message(onTheDay[^1]), Is.EqualTo($"Reminder: the card {card} in board {board} is due today, {day}."));
        Assert.That(afterwards.Select(Message).Count(m => m.StartsWith("Reminder:", StringComparison.Ordinal)), Is.EqualTo(2), "each reminder once, however often the scan runs");
    }
}
