using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Subscriptions;

/// <summary>
/// <c>POST /subscriptions</c>: the caller follows a card (or a board) they may view, for themselves only
/// (Focalboard: "userID and subscriberID mismatch"). Subscribing twice answers the same subscription.
/// </summary>
internal sealed record CreateSubscriptionRequest(Subscription Subscription) : IRequest<SubscriptionResponse>;

/// <summary><c>DELETE /subscriptions/{blockID}/{subscriberID}</c>: the caller stops following; another's subscription is refused.</summary>
internal sealed record DeleteSubscriptionRequest(string BlockId, string SubscriberId) : IRequest<bool>;

/// <summary><c>GET /subscriptions/{subscriberID}</c> (and <c>/subscribers/{id}/subscriptions</c>): the caller's live subscriptions.</summary>
internal sealed record GetSubscriptionsRequest(string SubscriberId) : IRequest<IReadOnlyList<SubscriptionResponse>>;

internal sealed class SubscriptionHandlers(SubscriptionStore subscriptions, BoardStoreAccess blocks, SubscriptionBroadcaster broadcaster, ICurrentUser user)
    : IRequestHandler<CreateSubscriptionRequest, SubscriptionResponse>,
      IRequestHandler<DeleteSubscriptionRequest, bool>,
      IRequestHandler<GetSubscriptionsRequest, IReadOnlyList<SubscriptionResponse>>
{
    public async Task<SubscriptionResponse> Handle(CreateSubscriptionRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var wanted = request.Subscription;
        if (string.IsNullOrEmpty(wanted.BlockId))
        {
            throw BoardsErrors.BadRequest("missing block id");
        }

        if (string.IsNullOrEmpty(wanted.BlockType))
        {
            throw BoardsErrors.BadRequest("missing block type");
        }

        if (string.IsNullOrEmpty(wanted.SubscriberId))
        {
            throw BoardsErrors.BadRequest("missing subscriber id");
        }

        if (wanted.SubscriberType != Subscription.UserSubscriber)
        {
            throw BoardsErrors.BadRequest("invalid subscriber type");
        }

        if (wanted.SubscriberId != actor.UserId)
        {
            throw BoardsErrors.BadRequest("userID and subscriberID mismatch");
        }

        var blockType = await blocks.RequireViewableAsync(wanted.BlockId, actor, cancellationToken);
        if (wanted.BlockType != blockType)
        {
            throw BoardsErrors.BadRequest($"invalid block type: block {wanted.BlockId} is a {blockType}");
        }

        var subscription = await subscriptions.SubscribeAsync(blockType, wanted.BlockId, actor.UserId, cancellationToken);
        await broadcaster.ChangedAsync(subscription, cancellationToken);
        return SubscriptionResponse.From(subscription);
    }

    public async Task<bool> Handle(DeleteSubscriptionRequest request, CancellationToken cancellationToken)
    {
        if (request.SubscriberId != user.RequireUserId())
        {
            throw BoardsErrors.Forbidden("access denied");
        }

        var removed = await subscriptions.UnsubscribeAsync(request.BlockId, request.SubscriberId, cancellationToken)
            ?? throw BoardsErrors.NotFound($"subscription BlockID={request.BlockId} SubscriberID={request.SubscriberId}");
        await broadcaster.ChangedAsync(removed, cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<SubscriptionResponse>> Handle(GetSubscriptionsRequest request, CancellationToken cancellationToken)
    {
        if (request.SubscriberId != user.RequireUserId())
        {
            throw BoardsErrors.Forbidden("access denied");
        }

        return (await subscriptions.OfSubscriberAsync(request.SubscriberId, cancellationToken)).Select(SubscriptionResponse.From).ToList();
    }
}

/// <summary>What may be followed: a live card of a board the actor may view, or such a board.</summary>
internal sealed class BoardStoreAccess(Boards.BoardStore store, BoardAccess access)
{
    /// <summary>The block's type (<c>card</c> or <c>board</c>) when the actor may view it; else 404 or 403.</summary>
    public async Task<string> RequireViewableAsync(string blockId, Actor actor, CancellationToken cancellationToken)
    {
        var board = await store.FindBoardAsync(blockId, cancellationToken);
        if (board is not null)
        {
            await access.RequireAsync(board.Id, actor, BoardPermission.ViewBoard, "access denied to board", cancellationToken);
            return "board";
        }

        var block = await store.FindBlockAsync(blockId, cancellationToken);
        if (block is not { Type: BlockTypes.Card, DeleteAt: 0 })
        {
            throw BoardsErrors.BadRequest($"invalid blockID: {blockId} is not a card or board");
        }

        await access.RequireAsync(block.BoardId, actor, BoardPermission.ViewBoard, "access denied to board", cancellationToken);
        return BlockTypes.Card;
    }
}
