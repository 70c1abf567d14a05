using Marten;
using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Templates.GetTemplates;

/// <summary>
/// <c>GET /teams/{teamId}/templates</c>: the built-in templates for team <c>0</c>, else the team's own
/// templates that are open or that the caller may view (team members only).
/// </summary>
internal sealed record GetTemplatesRequest(string TeamId) : IRequest<IReadOnlyList<Board>>;

internal sealed class GetTemplatesHandler(BuiltInTemplates builtIn, BoardStore store, BoardAccess access, TeamGate team, ICurrentUser user)
    : IRequestHandler<GetTemplatesRequest, IReadOnlyList<Board>>
{
    public async Task<IReadOnlyList<Board>> Handle(GetTemplatesRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        if (request.TeamId != BuiltInTemplates.GlobalTeamId)
        {
            await team.RequireMemberAsync(request.TeamId, actor, cancellationToken);
        }

        await builtIn.EnsureAsync(cancellationToken);
        IReadOnlyList<Board> templates;
        await using (var session = store.QuerySession())
        {
            templates = await session.Query<Board>()
                .Where(b => b.TeamId == request.TeamId && b.IsTemplate && b.DeleteAt == 0)
                .OrderBy(b => b.Title)
                .ToListAsync(cancellationToken);
        }

        var visible = new List<Board>();
        foreach (var template in templates)
        {
            if (template.Type == Board.Open || (await access.RightsAsync(template, actor, cancellationToken)).Has(BoardPermission.ViewBoard))
            {
                visible.Add(template);
            }
        }

        return visible;
    }
}
