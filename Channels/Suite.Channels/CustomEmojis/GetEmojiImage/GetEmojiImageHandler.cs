using Suite.Platform.Files;
using Suite.Platform.Mediator;

namespace Suite.Channels.CustomEmojis.GetEmojiImage;

internal sealed class GetEmojiImageHandler(EmojiAccess access, IFileStore files, IImageCodec images) : IRequestHandler<GetEmojiImageRequest, EmojiImage>
{
    public async Task<EmojiImage> Handle(GetEmojiImageRequest request, CancellationToken cancellationToken)
    {
        access.RequireEnabled(501);
        var emoji = await access.RequireAsync(request.Id, cancellationToken);
        var bytes = await files.ReadAsync(CustomEmoji.ImagePath(emoji.Id), cancellationToken) ?? throw EmojiErrors.ImageMissing();
        var format = images.Inspect(bytes)?.Format ?? throw EmojiErrors.ImageMissing();
        return new EmojiImage(bytes, "image/" + format);
    }
}
