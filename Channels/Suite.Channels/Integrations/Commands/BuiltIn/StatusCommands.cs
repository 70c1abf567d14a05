using Suite.Platform.Commands;
using Suite.Platform.Presence;

namespace Suite.Channels.Integrations.Commands.BuiltIn;

/// <summary>Mattermost's <c>/online</c>, <c>/away</c>, <c>/offline</c> and <c>/dnd</c>: set a manual status, answered only to the user.</summary>
internal abstract class StatusCommand(IPresence presence) : ISlashCommand
{
    public abstract string Trigger { get; }

    public abstract string AutocompleteDescription { get; }

    public string AutocompleteHint => "";

    protected abstract string Status { get; }

    protected abstract string Confirmation { get; }

    public async Task<SlashCommandResponse> ExecuteAsync(SlashCommandArgs args, CancellationToken cancellationToken)
    {
        await presence.SetStatusAsync(args.UserId, Status, cancellationToken: cancellationToken);
        return new SlashCommandResponse { Text = Confirmation };
    }
}

internal sealed class OnlineCommand(IPresence presence) : StatusCommand(presence)
{
    public override string Trigger => "online";
    public override string AutocompleteDescription => "Set your status to online";
    protected override string Status => UserStatuses.Online;
    protected override string Confirmation => "You are now online.";
}

internal sealed class AwayCommand(IPresence presence) : StatusCommand(presence)
{
    public override string Trigger => "away";
    public override string AutocompleteDescription => "Set your status to away";
    protected override string Status => UserStatuses.Away;
    protected override string Confirmation => "You are now away.";
}

internal sealed class OfflineCommand(IPresence presence) : StatusCommand(presence)
{
    public override string Trigger => "offline";
    public override string AutocompleteDescription => "Set your status to offline";
    protected override string Status => UserStatuses.Offline;
    protected override string Confirmation => "You are now offline.";
}

internal sealed class DoNotDisturbCommand(IPresence presence) : StatusCommand(presence)
{
    public override string Trigger => "dnd";
    public override string AutocompleteDescription => "Do not disturb: no desktop or mobile push notifications";
    protected override string Status => UserStatuses.DoNotDisturb;
    protected override string Confirmation => "Do Not Disturb is enabled. You will not receive desktop or mobile push notifications until Do Not Disturb is turned off.";
}
