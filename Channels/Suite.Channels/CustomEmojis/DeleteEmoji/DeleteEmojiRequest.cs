using Suite.Platform.Mediator;

namespace Suite.Channels.CustomEmojis.DeleteEmoji;

/// <summary><c>DELETE /api/v4/emoji/{emoji_id}</c>: by its creator or a system admin; the reactions made with it go too.</summary>
internal sealed record DeleteEmojiRequest(string Id) : IRequest<Unit>;
