using Microsoft.JSInterop;

namespace Suite.Channels.Web;

/// <summary>The channel page's live updates: realtime events, typing indicators and desktop notifications.</summary>
public partial class ChannelsPage
{
    private void OnRealtimeEvent(Suite.Platform.Realtime.UserEvent e) => _ = InvokeAsync(async () =>
    {
        using (User.ActAsUser())
        {
            if (e.Event == "posted")
            {
                await NotifyDesktopAsync(e);
            }

            if (e.Event == "status_change")
            {
                _statuses[EventData.Text(e.Data, "user_id")] = EventData.Text(e.Data, "status");
            }
            else if (e.Event == "typing" && e.ChannelId == _channel?.Id)
            {
                await ShowTypingAsync(EventData.Text(e.Data, "user_id"), EventData.Text(e.Data, "parent_id"));
            }
            else if (e.ChannelId.Length > 0 && e.ChannelId == _channel?.Id)
            {
                if (e.Event == "posted")
                {
                    var poster = EventData.PosterId(e.Data);
                    foreach (var key in _typing.Keys.Where(k => k.UserId == poster).ToList())
                    {
                        _typing.Remove(key);
                    }

                    // As in Mattermost: a post arriving in the channel on screen is read at once while the window
                    // has focus; otherwise (or when the page was left) the channel turns unread until the user comes
                    // back (or presses Esc).
                    if (_windowActive && User.IsConnected && poster != User.UserId)
                    {
                        await RunAsync(() => Sender.Send(new Members.ViewChannels.ViewChannelsRequest(User.UserId, [_channel!.Id])));
                    }
                }
                else if (e.Event is "user_added" or "user_removed")
                {
                    await RunAsync(LoadMemberCountAsync);
                }

                await RunAsync(LoadPostsAsync);
            }
            else if (e.Event is "posted" or "channel_viewed" or "multiple_channels_viewed" or "channel_created" or "direct_added" or "group_added" or "user_added" or "user_removed" or "post_deleted" or "channel_member_updated"
                or "sidebar_category_created" or "sidebar_category_updated" or "sidebar_category_deleted" or "sidebar_category_order_updated"
                or "thread_updated" or "thread_read_changed" or "thread_follow_changed")
            {
                await RunAsync(LoadSidebarAsync);
            }

            StateHasChanged();
        }
    });

    private async Task NotifyDesktopAsync(Suite.Platform.Realtime.UserEvent e)
    {
        var post = EventData.Text(e.Data, "post");
        if (post.Length == 0)
        {
            return;
        }

        using var parsed = System.Text.Json.JsonDocument.Parse(post);
        var member = _sidebar.Find(i => i.Channel.Id == e.ChannelId)?.Member;
        var notify = DesktopNotifications.ShouldNotify(
            _desktopLevel ?? DesktopNotifications.UserDefault,
            member?.NotifyProps,
            mentioned: EventData.Text(e.Data, "mentions").Contains(User.UserId, StringComparison.Ordinal),
            ownPost: EventData.Text(parsed.RootElement, "user_id") == User.UserId,
            doNotDisturb: _statuses.GetValueOrDefault(User.UserId) == "dnd",
            onScreen: _windowActive && e.ChannelId == _channel?.Id);
        if (notify)
        {
            var message = EventData.Text(parsed.RootElement, "message");
            var body = $"{EventData.Text(e.Data, "sender_name")}: {(message.Length > 120 ? message[..120] + "…" : message)}";
            await Js.InvokeVoidAsync("suite.notify", EventData.Text(e.Data, "channel_display_name"), body, $"{TeamName}/channels/{EventData.Text(e.Data, "channel_name")}");
        }
    }

    // As in Mattermost: typing in a thread shows in that thread's panel, typing in the channel under its messages.
    private List<string> TypingIn(string parentId) =>
        _typing.Keys.Where(k => k.ParentId == parentId).Select(k => Name(k.UserId)).ToList();

    private async Task ShowTypingAsync(string userId, string parentId)
    {
        await LoadUsernamesAsync([userId]);
        var key = (userId, parentId);
        var stamp = Time.GetTimestamp();
        _typing[key] = stamp;
        StateHasChanged();
        await Task.Delay(TypingShownFor, Time);
        if (_typing.TryGetValue(key, out var latest) && latest == stamp)
        {
            _typing.Remove(key);
        }
    }
}
