using Suite.Channels.Posts;
using Suite.Platform.Errors;

namespace Suite.Channels.Web;

/// <summary>What the viewer does on the channel page: send, reply, edit, react, pin, delete, search.</summary>
public partial class ChannelsPage
{
    private Task SendAsync(ComposerMessage message) => RunAsync(async () =>
    {
        if (message.EditPostId is { } postId)
        {
            await Sender.Send(new Posts.EditPost.EditPostRequest { PostId = postId, Message = message.Text });
        }
        else
        {
            await Sender.Send(new Posts.CreatePost.CreatePostRequest
            {
                ChannelId = _channel!.Id,
                Message = message.Text,
                FileIds = message.FileIds.Count > 0 ? [.. message.FileIds] : null,
                PendingPostId = Suite.Platform.Ids.New(),
            });
        }

        _focusPostId = null;
        await LoadPostsAsync();
    });

    private Task ReplyAsync(string text) => RunAsync(async () =>
    {
        await Sender.Send(new Posts.CreatePost.CreatePostRequest { ChannelId = _channel!.Id, Message = text, RootId = _threadRoot!, PendingPostId = Suite.Platform.Ids.New() });
        await LoadPostsAsync();
    });

    private void OpenSearch(string terms)
    {
        _threadRoot = null;
        _searchTerms = terms;
    }

    private Task TypingAsync() => RunAsync(() => Sender.Send(new Realtime.NotifyTyping.NotifyTypingRequest(_channel!.Id, "")));

    private Task ThreadTypingAsync() => RunAsync(() => Sender.Send(new Realtime.NotifyTyping.NotifyTypingRequest(_channel!.Id, _threadRoot ?? "")));

    private Task EditLastAsync() => EditAsync(_posts.LastOrDefault(p => p.UserId == User.UserId && p.Type.Length == 0));

    private async Task EditAsync(Post? mine)
    {
        if (mine is not null && _composer is not null)
        {
            await _composer.StartEditAsync(mine.Id, mine.Message);
        }
    }

    private Task OpenThreadAsync(Post post) => RunAsync(async () =>
    {
        _searchTerms = null;
        _threadRoot = post.ThreadRootId;
        await LoadPostsAsync();
    });

    private Task ReactAsync((Post Post, string Emoji) reaction) => RunAsync(async () =>
    {
        var mine = reaction.Post.Metadata.Reactions?.Any(r => r.UserId == User.UserId && r.EmojiName == reaction.Emoji) ?? false;
        if (mine)
        {
            await Sender.Send(new Reactions.RemoveReaction.RemoveReactionRequest(User.UserId, reaction.Post.Id, reaction.Emoji));
        }
        else
        {
            await Sender.Send(new Reactions.AddReaction.AddReactionRequest { UserId = User.UserId, PostId = reaction.Post.Id, EmojiName = reaction.Emoji });
        }

        await LoadPostsAsync();
    });

    private Task DeleteAsync(Post post) => RunAsync(async () =>
    {
        await Sender.Send(new Posts.DeletePost.DeletePostRequest(post.Id));
        await LoadPostsAsync();
    });

    private Task PinAsync(Post post) => RunAsync(async () =>
    {
        await Sender.Send(new Posts.PinPost.PinPostRequest(post.Id, !post.IsPinned));
        await LoadPostsAsync();
    });

    private async Task RunAsync(Func<Task> action)
    {
        _error = null;
        try
        {
            await action();
        }
        catch (AppErrorException ex)
        {
            _error = ex.Error.Message;
        }
        catch (OperationCanceledException)
        {
            _error = "The request took too long. Please try again.";
        }
    }
}
