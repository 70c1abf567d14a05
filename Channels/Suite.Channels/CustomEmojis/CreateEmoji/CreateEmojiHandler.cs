using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Files;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.CustomEmojis.CreateEmoji;

/// <summary>
/// Mattermost's rules in its order: the switch, the creator is the caller, the name is free, the file is
/// an image of at most 1028 x 1028 pixels. A still image larger than 128 x 128 is stored scaled to fit as
/// PNG; a GIF is stored as sent (Mattermost scales its frames, which needs a GIF encoder Suite lacks). The
/// image is written before the row, and removed again if the name was taken meanwhile.
/// </summary>
internal sealed class CreateEmojiHandler(
    EmojiOptions options, EmojiStore store, IFileStore files, IImageCodec images, EmojiEvents events, ICurrentUser current, TimeProvider time)
    : IRequestHandler<CreateEmojiRequest, CustomEmoji>
{
    public async Task<CustomEmoji> Handle(CreateEmojiRequest request, CancellationToken cancellationToken)
    {
        if (!options.EnableCustomEmoji)
        {
            throw EmojiErrors.Disabled(501);
        }

        if (request.CreatorId != current.RequireUserId())
        {
            throw EmojiErrors.OtherUser();
        }

        if (await store.NameTakenAsync(request.Name, cancellationToken))
        {
            throw EmojiErrors.Duplicate();
        }

        var image = StorableImage(request.Image ?? throw AppErrorException.InvalidBody("image"));
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var emoji = new CustomEmoji
        {
            Id = Ids.New(), CreateAt = now, UpdateAt = now, CreatorId = request.CreatorId, Name = request.Name, Description = request.Description,
        };
        var path = CustomEmoji.ImagePath(emoji.Id);
        await files.WriteAsync(path, image, cancellationToken);
        if (!await store.TryInsertAsync(emoji, cancellationToken))
        {
            files.Delete(path);
            throw EmojiErrors.Duplicate();
        }

        await events.AddedAsync(emoji, cancellationToken);
        return emoji;
    }

    private byte[] StorableImage(byte[] image)
    {
        var facts = images.Inspect(image) ?? throw EmojiErrors.NotAnImage();
        if (facts.Width > EmojiRules.MaxOriginalSide || facts.Height > EmojiRules.MaxOriginalSide)
        {
            throw EmojiErrors.ImageTooLarge();
        }

        if (facts.Format == "gif" || (facts.Width <= EmojiRules.MaxSide && facts.Height <= EmojiRules.MaxSide))
        {
            return image;
        }

        return images.FitAsPng(image, EmojiRules.MaxSide, EmojiRules.MaxSide) ?? throw EmojiErrors.NotAnImage();
    }
}
