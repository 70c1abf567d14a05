using Suite.Platform.Mediator;

namespace Suite.Channels.CustomEmojis.GetEmojisByNames;

/// <summary><c>POST /api/v4/emoji/names</c> (a JSON array of at most 200 names): the custom emoji among them; names of none are left out.</summary>
internal sealed record GetEmojisByNamesRequest(IReadOnlyList<string> Names) : IRequest<IReadOnlyList<CustomEmoji>>;
