using Suite.Channels.Channels;
using Suite.Channels.Web.Sidebar;
using Suite.Platform.Presence;

namespace Suite.Channels.Web;

/// <summary>The channel page's reads: the posts (and the open thread), the sidebar, the users and statuses on screen.</summary>
public partial class ChannelsPage
{
    private CustomEmojiCatalog? _customEmoji;

    // The custom emoji the page has read, handed down to the messages, the thread and the search results.
    private CustomEmojiCatalog CustomEmoji => _customEmoji ??= new CustomEmojiCatalog(Sender);

    private async Task LoadPostsAsync()
    {
        if (_channel is null)
        {
            return;
        }

        var list = await Sender.Send(new Posts.GetChannelPosts.GetChannelPostsRequest(_channel.Id, 0, 60, "", "", 0, false));
        _posts = list.Order.Select(id => list.Posts[id]).Reverse().ToList();
        if (_focusPostId is { } focus && !_posts.Any(p => p.Id == focus))
        {
            var around = await PostsAround.LoadAsync(Sender, _channel.Id, focus);
            _focusPostId = around is null ? null : focus;
            _posts = around ?? _posts;
        }

        if (_threadRoot is not null)
        {
            var thread = await Sender.Send(new Posts.GetThread.GetThreadRequest(_threadRoot));
            _thread = thread.Posts.Values.OrderBy(p => p.CreateAt).ToList();
        }

        await LoadUsernamesAsync(_posts.Concat(_thread).Select(p => p.UserId));
        await CustomEmoji.LearnAsync(_posts.Concat(_thread));
        await LoadSidebarAsync();
        await LoadStatusesAsync(_posts.Concat(_thread).Select(p => p.UserId));
    }

    private async Task LoadMemberCountAsync() =>
        _memberCount = (await Sender.Send(new Channels.GetChannelStats.GetChannelStatsRequest(_channel!.Id))).MemberCount;

    private async Task LoadSidebarAsync()
    {
        _sidebarModel = await SidebarLoader.LoadAsync(Sender, User.UserId, _teamId, _usernames);
        _sidebar = _sidebarModel.Items();
        await LoadStatusesAsync(_sidebar.Select(i => i.DirectUserId).OfType<string>());
    }

    // One batch for the users on screen whose status is not known yet; status_change events keep the rest current.
    private async Task LoadStatusesAsync(IEnumerable<string> userIds)
    {
        var missing = userIds.Where(id => !_statuses.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            foreach (var status in await Sender.Send(new GetUserStatusesByIdsRequest(missing)))
            {
                _statuses.TryAdd(status.UserId, status.Status);
            }
        }
    }

    private async Task LoadUsernamesAsync(IEnumerable<string> userIds)
    {
        var missing = userIds.Where(id => !_usernames.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            foreach (var user in await Sender.Send(new Suite.Platform.Identity.GetUsersByIdsRequest(missing)))
            {
                _usernames[user.Id] = user.Username;
            }
        }
    }

    private string Name(string userId) => _usernames.GetValueOrDefault(userId, "someone");

    private string Title(Channel channel) => ChannelTitles.For(channel, User.UserId, _usernames);

    private async Task MarkReadAsync()
    {
        if (_channel is not null)
        {
            await Sender.Send(new Members.ViewChannels.ViewChannelsRequest(User.UserId, [_channel.Id]));
            await LoadSidebarAsync();
        }
    }
}
