using Suite.Platform.Mediator;

namespace Suite.Channels.CustomEmojis.GetEmoji;

/// <summary><c>GET /api/v4/emoji/{emoji_id}</c> (<see cref="Id"/>) or <c>GET /api/v4/emoji/name/{emoji_name}</c> (<see cref="Name"/>).</summary>
internal sealed record GetEmojiRequest(string? Id, string? Name) : IRequest<CustomEmoji>;
