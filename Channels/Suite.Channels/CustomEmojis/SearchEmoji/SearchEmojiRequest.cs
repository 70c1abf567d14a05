using Suite.Platform.Mediator;

namespace Suite.Channels.CustomEmojis.SearchEmoji;

/// <summary>
/// <c>POST /api/v4/emoji/search</c> (<c>{term, prefix_only}</c>, at most 200) and
/// <c>GET /api/v4/emoji/autocomplete?name=</c> (a prefix, at most 100): custom emoji by name.
/// </summary>
internal sealed record SearchEmojiRequest(string Term, bool PrefixOnly, int Limit) : IRequest<IReadOnlyList<CustomEmoji>>;

/// <summary>The body of <c>POST /api/v4/emoji/search</c>.</summary>
internal sealed record SearchEmojiBody
{
    public string? Term { get; init; }
    public bool PrefixOnly { get; init; }
}
