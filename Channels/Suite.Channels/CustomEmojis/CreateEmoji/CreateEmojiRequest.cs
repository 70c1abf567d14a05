using Suite.Platform.Mediator;

namespace Suite.Channels.CustomEmojis.CreateEmoji;

/// <summary>
/// <c>POST /api/v4/emoji</c>, multipart: the <c>emoji</c> field (<c>{creator_id, name, description}</c>, the
/// creator being the caller) and the <c>image</c> file. <see cref="Image"/> is null when no file came.
/// </summary>
internal sealed record CreateEmojiRequest(string CreatorId, string Name, string Description, byte[]? Image) : IRequest<CustomEmoji>;

/// <summary>The <c>emoji</c> form field.</summary>
internal sealed record CreateEmojiBody
{
    public string? CreatorId { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
}
