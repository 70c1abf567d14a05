using Marten;
using Marten.Services;
using Npgsql;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Platform.Documents;

namespace Suite.Boards.Imports;

/// <summary>
/// Everything an import writes, in one database transaction: documents are sent in batches as they come
/// (so memory stays bounded however large the import), and nothing is visible until <see cref="CommitAsync"/>.
/// Files are written to their final place as they come and deleted again when the import does not commit,
/// so a failed import leaves nothing behind.
/// </summary>
internal sealed class ImportTransaction : IAsyncDisposable
{
    private const int BatchSize = 500;

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly IDocumentSession _session;
    private readonly BoardFiles _files;
    private readonly List<string> _writtenFiles = [];
    private readonly List<string> _createdDirectories = [];
    private int _pending;
    private bool _committed;

    private ImportTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction, IDocumentSession session, BoardFiles files)
    {
        _connection = connection;
        _transaction = transaction;
        _session = session;
        _files = files;
    }

    public static async Task<ImportTransaction> BeginAsync(ModuleDocumentStore<BoardsModule> documents, NpgsqlDataSource db, BoardFiles files, CancellationToken cancellationToken)
    {
        var connection = await db.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var session = documents.Store.LightweightSession(SessionOptions.ForTransaction(transaction, false));
            return new ImportTransaction(connection, transaction, session, files);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>For reads inside the transaction (blocks a CSV import checks against).</summary>
    public IQuerySession Session => _session;

    public Task InsertAsync(Board board, CancellationToken cancellationToken) => QueueAsync(() => _session.Insert(board), cancellationToken);

    public Task InsertAsync(BoardMembership member, CancellationToken cancellationToken) => QueueAsync(() => _session.Insert(member), cancellationToken);

    public Task InsertAsync(Block block, CancellationToken cancellationToken) => QueueAsync(() => _session.Insert(block), cancellationToken);

    public Task InsertAsync(Files.BoardFile file, CancellationToken cancellationToken) => QueueAsync(() => _session.Insert(file), cancellationToken);

    public Task StoreAsync(Board board, CancellationToken cancellationToken) => QueueAsync(() => _session.Store(board), cancellationToken);

    /// <summary>Copies <paramref name="content"/> to the board's file <paramref name="fileId"/>; at most <paramref name="maxBytes"/>.</summary>
    public async Task<long> WriteFileAsync(string teamId, string boardId, string fileId, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var path = _files.PathOf(teamId, boardId, fileId) ?? throw new InvalidDataException($"invalid file name {fileId}");
        var directory = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(directory))
        {
            Directory.CreateDirectory(directory);
            _createdDirectories.Add(directory);
        }

        _writtenFiles.Add(path);
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw new InvalidDataException($"the file {fileId} unpacks to more than {maxBytes} bytes");
            }

            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return total;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await _session.SaveChangesAsync(cancellationToken);
        await _transaction.CommitAsync(cancellationToken);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        await _session.DisposeAsync();
        if (!_committed)
        {
            await _transaction.RollbackAsync(CancellationToken.None);
            foreach (var path in _writtenFiles)
            {
                File.Delete(path);
            }

            foreach (var directory in Enumerable.Reverse(_createdDirectories))
            {
                if (Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
                {
                    Directory.Delete(directory);
                }
            }
        }

        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private async Task QueueAsync(Action queue, CancellationToken cancellationToken)
    {
        queue();
        if (++_pending >= BatchSize)
        {
            _pending = 0;
            await _session.SaveChangesAsync(cancellationToken);
        }
    }
}
