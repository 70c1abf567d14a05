using Suite.Boards.Api;
using Suite.Platform;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Users.GetUsers;

/// <summary><c>GET /users/{id}</c>: a user the caller may see (404 otherwise, as for an unknown id).</summary>
internal sealed record GetUserRequest(string UserId) : IRequest<BoardsUser>;

internal sealed class GetUserHandler(ISender sender, UserVisibility visibility) : IRequestHandler<GetUserRequest, BoardsUser>
{
    public async Task<BoardsUser> Handle(GetUserRequest request, CancellationToken cancellationToken)
    {
        var found = Ids.IsValid(request.UserId) ? await sender.Send(new GetUsersByIdsRequest([request.UserId]), cancellationToken) : [];
        var visible = await visibility.VisibleAsync(found, cancellationToken);
        return visible.Count == 1 ? BoardsUser.From(visible[0]) : throw BoardsErrors.NotFound($"user ID={request.UserId}");
    }
}

/// <summary><c>POST /users</c> with a JSON array of ids: those of the users the caller may see (unknown ones left out).</summary>
internal sealed record GetUsersListRequest(IReadOnlyList<string> UserIds) : IRequest<IReadOnlyList<BoardsUser>>;

internal sealed class GetUsersListHandler(ISender sender, UserVisibility visibility) : IRequestHandler<GetUsersListRequest, IReadOnlyList<BoardsUser>>
{
    public const int MaxIds = 1000;

    public async Task<IReadOnlyList<BoardsUser>> Handle(GetUsersListRequest request, CancellationToken cancellationToken)
    {
        var ids = ValidIds(request.UserIds);
        var found = await sender.Send(new GetUsersByIdsRequest(ids), cancellationToken);
        return (await visibility.VisibleAsync(found, cancellationToken)).Select(u => BoardsUser.From(u)).ToList();
    }

    public static IReadOnlyList<string> ValidIds(IReadOnlyList<string>? userIds)
    {
        if (userIds is null || userIds.Count == 0)
        {
            throw BoardsErrors.BadRequest("User IDs are empty");
        }

        if (userIds.Count > MaxIds || userIds.Any(id => !Ids.IsValid(id)))
        {
            throw BoardsErrors.BadRequest($"invalid user IDs: 1 to {MaxIds} ids");
        }

        return userIds.Distinct(StringComparer.Ordinal).ToList();
    }
}
