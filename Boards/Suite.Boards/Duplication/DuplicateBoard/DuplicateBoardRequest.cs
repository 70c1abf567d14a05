using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.BoardsAndBlocks;
using Suite.Boards.Members;
using Suite.Boards.Templates;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Duplication.DuplicateBoard;

/// <summary>
/// <c>POST /boards/{id}/duplicate?asTemplate=&amp;toTeam=</c>: a private copy of a board (or template) with its
/// cards, views and content but not its comments, made by and administered by the caller, in
/// <c>toTeam</c> (default: the board's team). This is also how a board is created from a template.
/// Answers <c>{boards, blocks}</c>.
/// </summary>
internal sealed record DuplicateBoardRequest(string BoardId, bool AsTemplate, string ToTeam) : IRequest<BoardsAndBlocksBody>;

internal sealed class DuplicateBoardHandler(BoardStore store, BoardAccess access, TeamGate team, BoardCreation creation, BuiltInTemplates templates, ICurrentUser user)
    : IRequestHandler<DuplicateBoardRequest, BoardsAndBlocksBody>
{
    public async Task<BoardsAndBlocksBody> Handle(DuplicateBoardRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        await templates.EnsureAsync(cancellationToken);
        var source = await store.FindBoardAsync(request.BoardId, cancellationToken) ?? throw BoardsErrors.NotFound($"board ID={request.BoardId}");
        var toTeam = request.ToTeam.Length > 0 ? request.ToTeam : source.TeamId;
        if (toTeam == BuiltInTemplates.GlobalTeamId)
        {
            throw BoardsErrors.BadRequest("invalid toTeam: a team id");
        }

        await team.RequireMemberAsync(toTeam, actor, cancellationToken);
        if (source.IsTemplate && source.Type == Board.Open)
        {
            if (source.TeamId != BuiltInTemplates.GlobalTeamId)
            {
                await team.RequireMemberAsync(source.TeamId, actor, cancellationToken, "access denied to board");
            }
        }
        else if (!(await access.RightsAsync(source, actor, cancellationToken)).Has(BoardPermission.ViewBoard))
        {
            throw BoardsErrors.Forbidden("access denied to board");
        }

        var copy = Copy(source, actor.UserId, toTeam, request.AsTemplate);
        var blocks = (await store.BlocksAsync(source.Id, "", "", cancellationToken)).Where(b => b.Type != BlockTypes.Comment);
        var copies = BlockCopies.WithNewIds(blocks, new Dictionary<string, string> { [source.Id] = copy.Id });
        return await creation.CreateAsync([copy], copies, actor.UserId, cancellationToken);
    }

    private static Board Copy(Board source, string userId, string toTeam, bool asTemplate) => new()
    {
        Id = BoardIds.NewBoard(),
        TeamId = toTeam,
        ChannelId = "",
        CreatedBy = userId,
        Type = Board.Private,
        MinimumRole = source.MinimumRole,
        Title = asTemplate == source.IsTemplate ? source.Title + " copy" : asTemplate ? "New board template" : source.Title,
        Description = source.Description,
        Icon = source.Icon,
        ShowDescription = source.ShowDescription,
        IsTemplate = asTemplate,
        TemplateVersion = source.TemplateVersion,
        Properties = new(source.Properties),
        CardProperties = source.CardProperties.Select(p => new CardPropertyTemplate
        {
            Id = p.Id,
            Name = p.Name,
            Type = p.Type,
            Options = p.Options.Select(o => new PropertyOption { Id = o.Id, Value = o.Value, Color = o.Color }).ToList(),
        }).ToList(),
    };
}
