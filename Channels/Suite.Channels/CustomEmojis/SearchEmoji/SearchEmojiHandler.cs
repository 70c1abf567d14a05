using Suite.Platform.Mediator;

namespace Suite.Channels.CustomEmojis.SearchEmoji;

internal sealed class SearchEmojiHandler(EmojiAccess access, EmojiStore store) : IRequestHandler<SearchEmojiRequest, IReadOnlyList<CustomEmoji>>
{
    public Task<IReadOnlyList<CustomEmoji>> Handle(SearchEmojiRequest request, CancellationToken cancellationToken)
    {
        access.RequireEnabled(403);
        return store.SearchAsync(request.Term, request.PrefixOnly, request.Limit, cancellationToken);
    }
}
