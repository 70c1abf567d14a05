using Suite.Channels.Channels;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetPostsByIds;

internal sealed class GetPostsByIdsHandler(PostStore posts, ChannelStore channels, ChannelAccess access) : IRequestHandler<GetPostsByIdsRequest, IReadOnlyList<Post>>
{
    public async Task<IReadOnlyList<Post>> Handle(GetPostsByIdsRequest request, CancellationToken cancellationToken)
    {
        var found = await posts.ByIdsAsync(request.PostIds.Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        var readable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var channelId in found.Select(p => p.ChannelId).Distinct(StringComparer.Ordinal))
        {
            if (await channels.FindAsync(channelId, cancellationToken) is { } channel && await CanReadAsync(channel, cancellationToken))
            {
                readable.Add(channelId);
            }
        }

        return found.Where(p => readable.Contains(p.ChannelId)).OrderBy(p => p.CreateAt).ToList();
    }

    private async Task<bool> CanReadAsync(Channel channel, CancellationToken cancellationToken)
    {
        try
        {
            await access.EnsureReadableAsync(channel, cancellationToken);
            return true;
        }
        catch (AppErrorException ex) when (ex.Error.StatusCode is 403 or 404)
        {
            return false;
        }
    }
}
