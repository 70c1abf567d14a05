using Suite.Channels.Channels;
using Suite.Channels.Channels.PatchChannel;
using Suite.Channels.Members.AddChannelMembers;
using Suite.Channels.Members.RemoveChannelMember;
using Suite.Channels.Members.UpdateNotifyProps;
using Suite.Platform.Commands;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.BuiltIn;

/// <summary><c>/join ~channel</c>: joins a public channel of the team.</summary>
internal sealed class JoinCommand(ChannelStore channels, ISender sender) : ISlashCommand
{
    public string Trigger => "join";
    public string AutocompleteDescription => "Join the open channel";
    public string AutocompleteHint => "~[channel]";

    public async Task<SlashCommandResponse> ExecuteAsync(SlashCommandArgs args, CancellationToken cancellationToken)
    {
        var name = args.Text.TrimStart('~').ToLowerInvariant();
        var channel = name.Length == 0 ? null : await channels.FindByNameAsync(args.TeamId, name, cancellationToken);
        if (channel is null || channel.Type != ChannelTypes.Open)
        {
            return new SlashCommandResponse { Text = "An error occurred while joining the channel: no such open channel." };
        }

        await sender.Send(new AddChannelMembersRequest(channel.Id, [args.UserId]), cancellationToken);
        return new SlashCommandResponse { GotoLocation = $"/{channel.TeamId}/channels/{channel.Name}" };
    }
}

/// <summary><c>/leave</c>: leaves the current channel.</summary>
internal sealed class LeaveCommand(ISender sender) : ISlashCommand
{
    public string Trigger => "leave";
    public string AutocompleteDescription => "Leave the current channel";
    public string AutocompleteHint => "";

    public async Task<SlashCommandResponse> ExecuteAsync(SlashCommandArgs args, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveChannelMemberRequest(args.ChannelId, args.UserId), cancellationToken);
        return SlashCommandResponse.Done;
    }
}

/// <summary><c>/header</c>, <c>/purpose</c> and <c>/rename</c>: patch the current channel.</summary>
internal abstract class PatchChannelCommand(ISender sender) : ISlashCommand
{
    public abstract string Trigger { get; }
    public abstract string AutocompleteDescription { get; }
    public string AutocompleteHint => "[text]";

    protected abstract PatchChannelRequest Patch(string channelId, string text);

    public async Task<SlashCommandResponse> ExecuteAsync(SlashCommandArgs args, CancellationToken cancellationToken)
    {
        if (args.Text.Length == 0)
        {
            return new SlashCommandResponse { Text = $"Text must be provided with the /{Trigger} command." };
        }

        await sender.Send(Patch(args.ChannelId, args.Text), cancellationToken);
        return SlashCommandResponse.Done;
    }
}

internal sealed class HeaderCommand(ISender sender) : PatchChannelCommand(sender)
{
    public override string Trigger => "header";
    public override string AutocompleteDescription => "Edit the channel header";
    protected override PatchChannelRequest Patch(string channelId, string text) => new() { ChannelId = channelId, Header = text };
}

internal sealed class PurposeCommand(ISender sender) : PatchChannelCommand(sender)
{
    public override string Trigger => "purpose";
    public override string AutocompleteDescription => "Edit the channel purpose";
    protected override PatchChannelRequest Patch(string channelId, string text) => new() { ChannelId = channelId, Purpose = text };
}

internal sealed class RenameCommand(ISender sender) : PatchChannelCommand(sender)
{
    public override string Trigger => "rename";
    public override string AutocompleteDescription => "Rename the channel";
    protected override PatchChannelRequest Patch(string channelId, string text) => new() { ChannelId = channelId, DisplayName = text };
}

/// <summary>
/// <c>/mute [~channel]</c>: toggles muting (<c>mark_unread: mention</c>) the named channel of the team, or the
/// current one; the user must be a member. Answers as Mattermost's, to the invoker only.
/// </summary>
internal sealed class MuteCommand(ChannelStore channels, ISender sender) : ISlashCommand
{
    public string Trigger => "mute";
    public string AutocompleteDescription => "Turn off desktop, email and push notifications for the current channel or the [channel] specified.";
    public string AutocompleteHint => "~[channel]";

    public async Task<SlashCommandResponse> ExecuteAsync(SlashCommandArgs args, CancellationToken cancellationToken)
    {
        var name = BuiltInReplies.FirstWord(args.Text).TrimStart('~').ToLowerInvariant();
        var channel = name.Length == 0
            ? await channels.FindAsync(args.ChannelId, cancellationToken) ?? throw ChannelErrors.NotFound()
            : args.TeamId.Length == 0 ? null : await channels.FindByNameAsync(args.TeamId, name, cancellationToken);
        var member = channel is null ? null : await channels.FindMemberAsync(channel.Id, args.UserId, cancellationToken);

        // A private channel the user is not in does not exist for them: the same answer as an unknown name.
        if (channel is null || (member is null && channel.Type != ChannelTypes.Open))
        {
            return BuiltInReplies.Say($"Could not find the channel {name}. Please use the channel handle to identify channels.");
        }

        if (member is null)
        {
            return BuiltInReplies.Say($"Could not mute channel {name} as you are not a member.");
        }

        var muted = member.NotifyProps.TryGetValue("mark_unread", out var markUnread) && markUnread == "mention";
        await sender.Send(new UpdateNotifyPropsRequest(channel.Id, args.UserId, new Dictionary<string, string> { ["mark_unread"] = muted ? "all" : "mention" }), cancellationToken);
        var label = ChannelTypes.IsTeamChannel(channel.Type) ? channel.DisplayName : "";
        return BuiltInReplies.Say((muted, label.Length > 0) switch
        {
            (true, true) => $"{label} is now unmuted.",
            (true, false) => "This channel is now unmuted.",
            (false, true) => $"You will not receive notifications for {label} until channel mute is turned off.",
            (false, false) => "You will not receive notifications for this channel until channel mute is turned off.",
        });
    }
}

/// <summary>
/// <c>/kick @user</c> and its alias <c>/remove @user</c>: removes a member from the current channel
/// (channel, team and system admins); mistakes are answered to the invoker only, as Mattermost does.
/// </summary>
internal class KickCommand(ChannelStore channels, IUserDirectory users, ISender sender) : ISlashCommand
{
    public virtual string Trigger => "kick";
    public string AutocompleteDescription => "Remove a member from the channel";
    public string AutocompleteHint => "@[username]";

    public async Task<SlashCommandResponse> ExecuteAsync(SlashCommandArgs args, CancellationToken cancellationToken)
    {
        var channel = await channels.FindAsync(args.ChannelId, cancellationToken) ?? throw ChannelErrors.NotFound();
        if (!ChannelTypes.IsTeamChannel(channel.Type))
        {
            return BuiltInReplies.Say("You can't remove someone from a direct or group message channel.");
        }

        var name = BuiltInReplies.FirstWord(args.Text).TrimStart('@').ToLowerInvariant();
        if (name.Length == 0)
        {
            return BuiltInReplies.Say($"You must specify the user to remove: /{Trigger} @username.");
        }

        var found = await users.FindByUsernamesAsync([name], cancellationToken);
        if (found is not [{ IsDeleted: false } user])
        {
            return BuiltInReplies.Say("We couldn't find the user.");
        }

        if (!await channels.IsMemberAsync(channel.Id, user.Id, cancellationToken))
        {
            return BuiltInReplies.Say($"@{user.Username} is not a member of this channel.");
        }

        await sender.Send(new RemoveChannelMemberRequest(channel.Id, user.Id), cancellationToken);
        return SlashCommandResponse.Done;
    }
}

internal sealed class RemoveCommand(ChannelStore channels, IUserDirectory users, ISender sender) : KickCommand(channels, users, sender)
{
    public override string Trigger => "remove";
}

/// <summary>
/// <c>/invite @user [~channel]</c>: adds a user to the named channel of the team, or to the current one;
/// mistakes and the result are answered to the invoker only, as Mattermost does.
/// </summary>
internal sealed class InviteCommand(ChannelStore channels, IUserDirectory users, ISender sender) : ISlashCommand
{
    public string Trigger => "invite";
    public string AutocompleteDescription => "Invite a user to a channel";
    public string AutocompleteHint => "@[username] ~[channel]";

    public async Task<SlashCommandResponse> ExecuteAsync(SlashCommandArgs args, CancellationToken cancellationToken)
    {
        var words = args.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var name = words.FirstOrDefault(w => !w.StartsWith('~'))?.TrimStart('@').ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
        {
            return BuiltInReplies.Say("You must specify the user to invite: /invite @username [~channel].");
        }

        var found = await users.FindByUsernamesAsync([name], cancellationToken);
        if (found is not [{ IsDeleted: false } user])
        {
            return BuiltInReplies.Say("We couldn't find the user.");
        }

        var channelName = words.FirstOrDefault(w => w.StartsWith('~'))?.TrimStart('~').ToLowerInvariant();
        var channel = channelName is null
            ? await channels.FindAsync(args.ChannelId, cancellationToken)
            : await channels.FindByNameAsync(args.TeamId, channelName, cancellationToken);
        if (channel is null || channel.IsArchived || (channel.Type != ChannelTypes.Open && !await channels.IsMemberAsync(channel.Id, args.UserId, cancellationToken)))
        {
            return BuiltInReplies.Say("We couldn't find the channel.");
        }

        if (!ChannelTypes.IsTeamChannel(channel.Type))
        {
            return BuiltInReplies.Say("You can't add someone to a direct or group message channel.");
        }

        if (await channels.IsMemberAsync(channel.Id, user.Id, cancellationToken))
        {
            return BuiltInReplies.Say($"@{user.Username} is already in the channel.");
        }

        await sender.Send(new AddChannelMembersRequest(channel.Id, [user.Id]), cancellationToken);
        return BuiltInReplies.Say($"@{user.Username} added to ~{channel.Name} channel.");
    }
}
