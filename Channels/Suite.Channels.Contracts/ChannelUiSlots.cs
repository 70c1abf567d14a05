namespace Suite.Channels.Contracts;

/// <summary>The places in Channels' screens where other modules may show a component (see <c>IModuleUi.Slots</c>).</summary>
public static class ChannelUiSlots
{
    /// <summary>
    /// Beside the open channel, on the right, while no thread or search is shown there. The component gets
    /// <c>ChannelId</c> and <c>TeamName</c> (strings) and shows nothing when it has nothing for that channel.
    /// </summary>
    public const string ChannelSide = "channels.channel-side";
}
