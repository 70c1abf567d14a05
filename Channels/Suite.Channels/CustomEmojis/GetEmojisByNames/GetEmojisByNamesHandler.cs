using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.CustomEmojis.GetEmojisByNames;

internal sealed class GetEmojisByNamesHandler(EmojiAccess access, EmojiStore store) : IRequestHandler<GetEmojisByNamesRequest, IReadOnlyList<CustomEmoji>>
{
    public const int MaxNames = 200;

    public Task<IReadOnlyList<CustomEmoji>> Handle(GetEmojisByNamesRequest request, CancellationToken cancellationToken)
    {
        access.RequireEnabled(501);
        if (request.Names.Count > MaxNames)
        {
            throw new AppErrorException(400, "api.emoji.get_multiple_by_name_too_many.request_error", $"Unable to get more than {MaxNames} emojis by name.");
        }

        return store.GetByNamesAsync(request.Names.Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
    }
}
