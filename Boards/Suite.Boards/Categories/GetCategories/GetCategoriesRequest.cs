using Suite.Boards.Api;
using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Categories.GetCategories;

/// <summary><c>GET /teams/{teamId}/categories</c>: the caller's sidebar categories with their boards, the default "Boards" category made on first read.</summary>
internal sealed record GetCategoriesRequest(string TeamId) : IRequest<IReadOnlyList<CategoryBoards>>;

internal sealed class GetCategoriesHandler(CategoryBook book, TeamGate team, ICurrentUser user) : IRequestHandler<GetCategoriesRequest, IReadOnlyList<CategoryBoards>>
{
    public async Task<IReadOnlyList<CategoryBoards>> Handle(GetCategoriesRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        await team.RequireMemberAsync(request.TeamId, actor, cancellationToken);
        return await book.ReadAsync(actor.UserId, request.TeamId, cancellationToken);
    }
}
