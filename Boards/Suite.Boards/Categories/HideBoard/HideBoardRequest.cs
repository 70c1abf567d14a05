using Suite.Boards.Api;
using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Categories.HideBoard;

/// <summary><c>PUT /teams/{teamId}/categories/{categoryId}/boards/{boardId}/hide</c> and <c>…/unhide</c>: hides a board of the category from the caller's sidebar, or shows it again.</summary>
internal sealed record HideBoardRequest(string TeamId, string CategoryId, string BoardId, bool Hidden) : IRequest<bool>;

internal sealed class HideBoardHandler(CategoryBook book, TeamGate team, ICurrentUser user) : IRequestHandler<HideBoardRequest, bool>
{
    public async Task<bool> Handle(HideBoardRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        await team.RequireMemberAsync(request.TeamId, actor, cancellationToken, "access denied to category");
        CategoryBoards? category = null;
        CategoryBoardMetadata? entry = null;
        await book.ChangeAsync(actor.UserId, request.TeamId, categories =>
        {
            category = CategoryRules.Find(categories, request.CategoryId);
            entry = category.BoardMetadata.FirstOrDefault(m => m.BoardId == request.BoardId)
                ?? throw BoardsErrors.NotFound($"board ID={request.BoardId} in category ID={request.CategoryId}");
            entry.Hidden = request.Hidden;
            return true;
        }, cancellationToken);
        await book.BoardsFiledAsync(actor.UserId, request.TeamId, category!, [entry!], cancellationToken);
        return true;
    }
}
