using Suite.Platform.Mediator;

namespace Suite.Channels.CustomEmojis.GetEmojiList;

internal sealed class GetEmojiListHandler(EmojiAccess access, EmojiStore store) : IRequestHandler<GetEmojiListRequest, IReadOnlyList<CustomEmoji>>
{
    public Task<IReadOnlyList<CustomEmoji>> Handle(GetEmojiListRequest request, CancellationToken cancellationToken)
    {
        access.RequireEnabled(501);
        return store.ListAsync(request.Page, request.PerPage, request.Sort == "name", cancellationToken);
    }
}
