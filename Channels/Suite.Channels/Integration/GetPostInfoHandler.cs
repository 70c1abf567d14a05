using Suite.Channels.Contracts;
using Suite.Channels.Posts;
using Suite.Platform;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integration;

/// <summary>Handles <see cref="GetPostInfo"/> for other modules.</summary>
internal sealed class GetPostInfoHandler(PostStore store) : IRequestHandler<GetPostInfo, PostInfo?>
{
    public async Task<PostInfo?> Handle(GetPostInfo request, CancellationToken cancellationToken) =>
        Ids.IsValid(request.PostId) && await store.FindAsync(request.PostId, includeDeleted: false, cancellationToken) is { } post ? ContractMapping.ToInfo(post) : null;
}
