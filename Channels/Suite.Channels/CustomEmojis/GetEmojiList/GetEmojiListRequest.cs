using Suite.Platform.Mediator;

namespace Suite.Channels.CustomEmojis.GetEmojiList;

/// <summary><c>GET /api/v4/emoji?page=&amp;per_page=&amp;sort=</c>: a page of custom emoji, in creation order or by <c>name</c>.</summary>
internal sealed record GetEmojiListRequest(int Page, int PerPage, string Sort) : IRequest<IReadOnlyList<CustomEmoji>>;
