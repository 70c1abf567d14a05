using Suite.Platform.Errors;
using Suite.Platform.Files;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.CustomEmojis.DeleteEmoji;

/// <summary>Mattermost's default permissions: every user deletes their own emoji, system admins anyone's.</summary>
internal sealed class DeleteEmojiHandler(EmojiAccess access, EmojiStore store, IFileStore files, ICurrentUser current, TimeProvider time)
    : IRequestHandler<DeleteEmojiRequest, Unit>
{
    public async Task<Unit> Handle(DeleteEmojiRequest request, CancellationToken cancellationToken)
    {
        access.RequireEnabled(403);
        var emoji = await access.RequireAsync(request.Id, cancellationToken);
        if (emoji.CreatorId != current.RequireUserId() && !current.IsSystemAdmin)
        {
            throw AppErrorException.Forbidden("Only the emoji's creator or a system admin may delete it.");
        }

        if (!await store.DeleteAsync(emoji, time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken))
        {
            throw EmojiErrors.NotFound();
        }

        files.Delete(CustomEmoji.ImagePath(emoji.Id));
        return default;
    }
}
