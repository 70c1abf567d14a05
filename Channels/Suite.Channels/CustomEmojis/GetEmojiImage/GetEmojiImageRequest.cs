using Suite.Platform.Mediator;

namespace Suite.Channels.CustomEmojis.GetEmojiImage;

/// <summary><c>GET /api/v4/emoji/{emoji_id}/image</c>: the image's bytes and its media type.</summary>
internal sealed record GetEmojiImageRequest(string Id) : IRequest<EmojiImage>;

internal sealed record EmojiImage(byte[] Bytes, string ContentType);
