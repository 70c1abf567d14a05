using Marten;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;

namespace Suite.Boards.Templates;

/// <summary>
/// The built-in templates, in the global team <c>"0"</c> as Focalboard keeps them: written on first use
/// in each process when missing (ids are derived from the template, so hosts starting together write
/// the same documents and the second write is refused as a duplicate and ignored).
/// </summary>
internal sealed class BuiltInTemplates(BoardStore store) : IDisposable
{
    public const string GlobalTeamId = "0";

    /// <summary>Focalboard's <c>defaultTemplateVersion</c>.</summary>
    public const int Version = 6;

    public const string SystemUser = "system";

    private readonly SemaphoreSlim _once = new(1, 1);
    private volatile bool _ensured;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_ensured)
        {
            return;
        }

        await _once.WaitAsync(cancellationToken);
        try
        {
            if (!_ensured)
            {
                await WriteMissingAsync(cancellationToken);
                _ensured = true;
            }
        }
        finally
        {
            _once.Release();
        }
    }

    public void Dispose() => _once.Dispose();

    private async Task WriteMissingAsync(CancellationToken cancellationToken)
    {
        var catalog = TemplateCatalog.All();
        IReadOnlyList<string> existing;
        await using (var query = store.QuerySession())
        {
            var ids = catalog.Select(t => t.Board.Id).ToArray();
            existing = await query.Query<Board>().Where(b => b.Id.IsOneOf(ids)).Select(b => b.Id).ToListAsync(cancellationToken);
        }

        foreach (var template in catalog.Where(t => !existing.Contains(t.Board.Id)))
        {
            await using var session = store.Session();
            session.Insert(template.Board);
            session.Insert<Block>(template.Blocks.ToArray());
            try
            {
                await session.SaveChangesAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is JasperFx.DocumentAlreadyExistsException || ex.InnerException is JasperFx.DocumentAlreadyExistsException)
            {
                // Another host wrote the same template first.
            }
        }
    }
}
