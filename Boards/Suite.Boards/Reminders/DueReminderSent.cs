namespace Suite.Boards.Reminders;

/// <summary>
/// The durable record that one due-date reminder went out: its id names the card, the assignee, the kind
/// (<c>dayBefore</c> or <c>dueDay</c>) and the due day, so each is sent once, across restarts and nodes,
/// and moving the due date arms new ones.
/// </summary>
public sealed class DueReminderSent
{
    public string Id { get; set; } = "";

    public string CardId { get; set; } = "";

    public string UserId { get; set; } = "";

    public long SentAt { get; set; }

    public static string IdOf(string cardId, string userId, string kind, DateOnly dueDay) =>
        $"{cardId}:{userId}:{kind}:{dueDay:yyyy-MM-dd}";
}
