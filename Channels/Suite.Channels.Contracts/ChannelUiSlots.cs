namespace Suite.Channels.Contracts;

/// <summary>The places in Channels' screens where other modules may show a component (see <c>IModuleUi.Slots</c>).</summary>
public static class ChannelUiSlots
{
    /// <summary>
    /// Beside the open channel, on the right, while no thread or search is shown there. The component gets
    /// <c>ChannelId</c> and <c>TeamName</c> (strings) and shows nothing when it has nothing for that channel.
    /// </summary>
    public const string ChannelSide = "channels.channel-side";

    /// <summary>
    /// In a message's "More actions" menu (messages other than system messages). The component gets <c>PostId</c>,
    /// <c>ChannelId</c> and <c>Message</c> (strings) and <c>OnClose</c> (an <c>EventCallback</c> that closes the menu);
    /// it shows its menu items (<c>role="menuitem"</c>) and the dialogs they open, calls <c>OnClose</c> when done,
    /// and shows nothing when it has nothing for that message.
    /// </summary>
    public const string PostActions = "channels.post-actions";
}
