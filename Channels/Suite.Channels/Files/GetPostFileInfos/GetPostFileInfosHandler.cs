using Suite.Channels.Posts;
using Suite.Platform.Mediator;

namespace Suite.Channels.Files.GetPostFileInfos;

internal sealed class GetPostFileInfosHandler(PostReadAccess posts, FileStore files) : IRequestHandler<GetPostFileInfosRequest, IReadOnlyList<FileRecord>>
{
    public async Task<IReadOnlyList<FileRecord>> Handle(GetPostFileInfosRequest request, CancellationToken cancellationToken)
    {
        var (post, _) = await posts.ReadableAsync(request.PostId, includeDeleted: false, cancellationToken);
        return await files.ForPostsAsync([post.Id], cancellationToken);
    }
}
