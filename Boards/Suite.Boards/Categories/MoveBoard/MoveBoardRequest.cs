using Suite.Boards.Api;
using Suite.Boards.Categories.CreateCategory;
using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Categories.MoveBoard;

/// <summary><c>POST /teams/{teamId}/categories/{categoryId}/boards/{boardId}</c>: files a board the caller can see in one of their categories (out of any other).</summary>
internal sealed record MoveBoardRequest(string TeamId, string CategoryId, string BoardId) : IRequest<bool>;

internal sealed class MoveBoardHandler(CategoryBook book, TeamGate team, BoardAccess access, ICurrentUser user) : IRequestHandler<MoveBoardRequest, bool>
{
    public async Task<bool> Handle(MoveBoardRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        await team.RequireMemberAsync(request.TeamId, actor, cancellationToken);
        await CreateCategoryHandler.RequireViewableAsync(access, request.BoardId, request.TeamId, actor, cancellationToken);
        CategoryBoards? target = null;
        await book.ChangeAsync(actor.UserId, request.TeamId, categories =>
        {
            target = CategoryRules.Find(categories, request.CategoryId);
            CategoryBook.Move(categories, target, [request.BoardId]);
            return true;
        }, cancellationToken);
        await book.BoardsFiledAsync(actor.UserId, request.TeamId, target!, target!.BoardMetadata, cancellationToken);
        return true;
    }
}
