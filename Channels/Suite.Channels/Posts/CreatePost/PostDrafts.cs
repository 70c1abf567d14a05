using System.Text.Json;
using Suite.Channels.Channels;
using Suite.Channels.Files;
using Suite.Platform;

namespace Suite.Channels.Posts.CreatePost;

/// <summary>Checks what a new post may do in its channel and turns it into a draft for the writer.</summary>
internal sealed class PostDrafts(PostStore posts, FileStore files)
{
    /// <summary>
    /// A root post without files by a user nobody has checked yet: the write checks the membership
    /// (<see cref="PostDraft.RequireMembership"/>) and the channel (it must exist and not be archived).
    /// </summary>
    public static PostDraft PrepareRoot(string channelId, string userId, string message, JsonElement? props, string pendingPostId, string type) => new()
    {
        Id = Ids.New(),
        ChannelId = channelId,
        UserId = userId,
        Message = message,
        Type = type,
        Props = props is { ValueKind: JsonValueKind.Object } p ? p : PostProps.Empty,
        PendingPostId = pendingPostId,
        RequireMembership = true,
    };

    public async Task<PostDraft> PrepareAsync(
        Channel channel, string userId, string message, string rootId, JsonElement? props, IReadOnlyList<string>? fileIds, string pendingPostId, string type,
        bool fromWebhook, CancellationToken cancellationToken)
    {
        if (channel.IsArchived)
        {
            throw PostErrors.ArchivedChannel();
        }

        if (rootId.Length > 0)
        {
            var root = await posts.FindAsync(rootId, includeDeleted: false, cancellationToken);
            if (root is null || root.ChannelId != channel.Id || !root.IsRoot)
            {
                throw PostErrors.BadRoot();
            }
        }

        return new PostDraft
        {
            Id = Ids.New(),
            ChannelId = channel.Id,
            UserId = userId,
            RootId = rootId,
            Message = message,
            Type = type,
            Props = props is { ValueKind: JsonValueKind.Object } p ? p : PostProps.Empty,
            FileIds = await files.AttachableAsync(channel.Id, userId, fileIds ?? [], cancellationToken),
            PendingPostId = pendingPostId,
            MarkAuthorRead = !fromWebhook,
            SetOnline = !fromWebhook,
            FromWebhook = fromWebhook,
        };
    }
}
