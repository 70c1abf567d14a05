using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetPost;

internal sealed class GetPostHandler(PostReadAccess reads, ICurrentUser currentUser) : IRequestHandler<GetPostRequest, Post>
{
    public async Task<Post> Handle(GetPostRequest request, CancellationToken cancellationToken) =>
        (await reads.ReadableAsync(request.PostId, request.IncludeDeleted && currentUser.IsSystemAdmin, cancellationToken)).Post;
}
