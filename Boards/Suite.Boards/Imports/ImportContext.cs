using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Platform.Teams;

namespace Suite.Boards.Imports;

/// <summary>One running import: who imports into which team, the transaction it writes in, and what it reports.</summary>
internal sealed class ImportContext(string teamId, string userId, long now, ImportTransaction transaction, ImportProgress progress, ITeamMembership teams)
{
    private readonly Dictionary<string, bool> _inTeam = new(StringComparer.Ordinal);

    public string TeamId => teamId;

    public string UserId => userId;

    /// <summary>The import's time: what was created gets it as <c>updateAt</c>, and as <c>createAt</c> when the source has none.</summary>
    public long Now => now;

    public ImportTransaction Transaction => transaction;

    public ImportProgress Progress => progress;

    public ImportSummary Summary { get; } = new();

    /// <summary>Boards created so far, to tell their clients once the import is committed.</summary>
    public List<Board> CreatedBoards { get; } = [];

    /// <summary>The existing board an import writes into (CSV), and the blocks it adds, to tell its clients once committed.</summary>
    public Board? TargetBoard { get; set; }

    public List<Blocks.Block> CreatedBlocks { get; } = [];

    public async Task<bool> IsTeamMemberAsync(string candidateId, CancellationToken cancellationToken)
    {
        if (!_inTeam.TryGetValue(candidateId, out var member))
        {
            member = await teams.GetRoleAsync(teamId, candidateId, cancellationToken) is not null;
            _inTeam[candidateId] = member;
        }

        return member;
    }

    /// <summary>A new board with the importer as its admin, written to the transaction.</summary>
    public async Task CreateBoardAsync(Board board, CancellationToken cancellationToken)
    {
        board.TeamId = teamId;
        board.ModifiedBy = userId;
        board.UpdateAt = now;
        board.CreatedBy = string.IsNullOrEmpty(board.CreatedBy) ? userId : board.CreatedBy;
        board.CreateAt = board.CreateAt == 0 ? now : board.CreateAt;
        BoardRules.Validate(board);
        await transaction.InsertAsync(board, cancellationToken);
        await transaction.InsertAsync(new BoardMembership
        {
            Id = BoardMembership.IdOf(board.Id, userId),
            BoardId = board.Id,
            UserId = userId,
            SchemeAdmin = true,
            SchemeEditor = true,
        }, cancellationToken);
        CreatedBoards.Add(board);
        Summary.Boards.Add(new ImportedBoard(board.Id, board.Title));
        Summary.Imported.Boards++;
    }
}
