using Suite.Channels.Posts;
using Suite.Platform.Mediator;

namespace Suite.Channels.Reactions.GetReactions;

internal sealed class GetReactionsHandler(PostReadAccess reads, PostStore posts) : IRequestHandler<GetReactionsRequest, IReadOnlyList<Reaction>>
{
    public async Task<IReadOnlyList<Reaction>> Handle(GetReactionsRequest request, CancellationToken cancellationToken)
    {
        var (post, _) = await reads.ReadableAsync(request.PostId, includeDeleted: false, cancellationToken);
        return await posts.ReactionsAsync([post.Id], cancellationToken);
    }
}
