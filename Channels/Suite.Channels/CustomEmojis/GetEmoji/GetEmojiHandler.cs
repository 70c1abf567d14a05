using Suite.Platform.Mediator;

namespace Suite.Channels.CustomEmojis.GetEmoji;

internal sealed class GetEmojiHandler(EmojiAccess access, EmojiStore store) : IRequestHandler<GetEmojiRequest, CustomEmoji>
{
    public async Task<CustomEmoji> Handle(GetEmojiRequest request, CancellationToken cancellationToken)
    {
        access.RequireEnabled(501);
        if (request.Id is { } id)
        {
            return await access.RequireAsync(id, cancellationToken);
        }

        return await store.GetByNameAsync(request.Name!, cancellationToken) ?? throw EmojiErrors.NameNotFound();
    }
}
