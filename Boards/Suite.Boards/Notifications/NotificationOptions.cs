namespace Suite.Boards.Notifications;

/// <summary><c>Suite:Boards:Notifications</c>: how card change notices are batched and how often due dates are looked at.</summary>
internal sealed class NotificationOptions
{
    /// <summary>
    /// How long a card must rest after a change before its subscribers hear of it (Focalboard's
    /// <c>NotifyFreqCardSeconds</c>, 120 s): every change restarts the wait, so a burst of edits is one message.
    /// </summary>
    public TimeSpan CardNotifyDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A busy card is reported at the latest this long after its first unreported change.</summary>
    public TimeSpan CardNotifyMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the notice worker looks for due notices written by other nodes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often cards are checked for due dates: a reminder comes at most this late.</summary>
    public TimeSpan ReminderScanInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The site's address, to make absolute card links; links are site-relative when empty.</summary>
    public string SiteUrl { get; set; } = "";
}
