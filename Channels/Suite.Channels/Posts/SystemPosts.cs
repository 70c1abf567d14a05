using System.Text.Json;
using Suite.Platform;
using Suite.Platform.Identity;

namespace Suite.Channels.Posts;

/// <summary>Mattermost's system messages: real posts in the channel, written as the acting user.</summary>
internal sealed class SystemPosts(PostCreation creation, IUserDirectory users)
{
    public async Task JoinedAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var username = await UsernameAsync(userId, cancellationToken);
        await WriteAsync(channelId, userId, PostTypes.JoinChannel, $"@{username} joined the channel.", new { username }, null, cancellationToken);
    }

    public async Task LeftAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var username = await UsernameAsync(userId, cancellationToken);
        await WriteAsync(channelId, userId, PostTypes.LeaveChannel, $"@{username} left the channel.", new { username }, null, cancellationToken);
    }

    public async Task AddedAsync(string channelId, string actorId, string addedUserId, CancellationToken cancellationToken)
    {
        var names = await UsernamesAsync([actorId, addedUserId], cancellationToken);
        var (username, addedUsername) = (names.GetValueOrDefault(actorId, ""), names.GetValueOrDefault(addedUserId, ""));
        await WriteAsync(
            channelId,
            actorId,
            PostTypes.AddToChannel,
            $"@{addedUsername} added to the channel by @{username}.",
            new Dictionary<string, string> { ["userId"] = actorId, ["username"] = username, ["addedUserId"] = addedUserId, ["addedUsername"] = addedUsername },
            addedUserId,
            cancellationToken);
    }

    public async Task RemovedAsync(string channelId, string actorId, string removedUserId, CancellationToken cancellationToken)
    {
        var removedUsername = await UsernameAsync(removedUserId, cancellationToken);
        await WriteAsync(
            channelId,
            actorId,
            PostTypes.RemoveFromChannel,
            $"@{removedUsername} removed from the channel.",
            new Dictionary<string, string> { ["removedUserId"] = removedUserId, ["removedUsername"] = removedUsername },
            null,
            cancellationToken);
    }

    /// <summary>Header, purpose and display name changes, each with Mattermost's wording and props.</summary>
    public async Task ChangedAsync(string channelId, string actorId, string what, string oldValue, string newValue, CancellationToken cancellationToken)
    {
        var username = await UsernameAsync(actorId, cancellationToken);
        var (type, label, oldKey, newKey) = what switch
        {
            "header" => (PostTypes.HeaderChange, "channel header", "old_header", "new_header"),
            "purpose" => (PostTypes.PurposeChange, "channel purpose", "old_purpose", "new_purpose"),
            _ => (PostTypes.DisplayNameChange, "channel display name", "old_displayname", "new_displayname"),
        };
        var message = (oldValue, newValue) switch
        {
            ("", _) => $"@{username} updated the {label} to: {newValue}",
            (_, "") => $"@{username} removed the {label} (was: {oldValue})",
            _ => $"@{username} updated the {label} from: {oldValue} to: {newValue}",
        };
        var props = new Dictionary<string, string> { ["username"] = username, [oldKey] = oldValue, [newKey] = newValue };
        await WriteAsync(channelId, actorId, type, message, props, null, cancellationToken);
    }

    public async Task ArchivedAsync(string channelId, string actorId, CancellationToken cancellationToken)
    {
        var username = await UsernameAsync(actorId, cancellationToken);
        await WriteAsync(channelId, actorId, PostTypes.ChannelDeleted, $"@{username} archived the channel", new { username, deleteBy = username }, null, cancellationToken);
    }

    public async Task RestoredAsync(string channelId, string actorId, CancellationToken cancellationToken)
    {
        var username = await UsernameAsync(actorId, cancellationToken);
        await WriteAsync(channelId, actorId, PostTypes.ChannelRestored, $"@{username} unarchived the channel", new { username }, null, cancellationToken);
    }

    public async Task PrivacyChangedAsync(string channelId, string actorId, bool toPrivate, CancellationToken cancellationToken)
    {
        var username = await UsernameAsync(actorId, cancellationToken);
        var message = toPrivate
            ? "This channel has been converted to a Private Channel."
            : "This channel has been converted to a Public Channel and can be joined by any team member.";
        await WriteAsync(channelId, actorId, PostTypes.ChangeChannelPrivacy, message, new { username }, null, cancellationToken);
    }

    private async Task WriteAsync(string channelId, string userId, string type, string message, object props, string? implicitMention, CancellationToken cancellationToken)
    {
        var draft = new PostDraft
        {
            Id = Ids.New(),
            ChannelId = channelId,
            UserId = userId,
            Type = type,
            Message = message,
            Props = JsonSerializer.SerializeToElement(props),
            MarkAuthorRead = false,
            SetOnline = false,
            ImplicitMentionUserId = implicitMention,
        };
        await creation.CreateAsync(draft, cancellationToken);
    }

    private async Task<string> UsernameAsync(string userId, CancellationToken cancellationToken) =>
        (await UsernamesAsync([userId], cancellationToken)).GetValueOrDefault(userId, "");

    private async Task<Dictionary<string, string>> UsernamesAsync(string[] userIds, CancellationToken cancellationToken) =>
        (await users.FindByIdsAsync(userIds.Distinct().ToArray(), cancellationToken)).ToDictionary(u => u.Id, u => u.Username);
}
