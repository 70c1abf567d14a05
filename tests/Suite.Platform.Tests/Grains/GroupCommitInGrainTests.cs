using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Suite.Platform.Grains;
using Suite.Testing;

namespace Suite.Platform.Tests.Grains;

public interface IPostingGrain : IGrain
{
    Task<long> PostAsync(string message);
}

/// <summary>Counts the transactions the posting grains commit.</summary>
public sealed class TransactionCounter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);
}

/// <summary>
/// The pattern a channel grain follows: numbers each post in its turn, queues the write, releases
/// its turn and awaits the batch it joined.
/// </summary>
internal sealed class PostingGrain(NpgsqlDataSource db, TransactionCounter transactions) : Grain, IPostingGrain
{
    private GroupCommit<(long Seq, string Message), long> _writes = null!;
    private long _lastSeq;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand("SELECT coalesce(max(seq), 0) FROM posts WHERE channel = $1");
        command.Parameters.AddWithValue(Key);
        _lastSeq = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        _writes = new GroupCommit<(long, string), long>(WriteAsync);
    }

    public override async Task OnDeactivateAsync(CancellationToken cancellationToken) => await _writes.DisposeAsync();

    public async Task<long> PostAsync(string message)
    {
        var written = _writes.EnqueueAsync((++_lastSeq, message));
        ReleaseTurn();
        return await written;
    }

    private async Task<IReadOnlyList<long>> WriteAsync(IReadOnlyList<(long Seq, string Message)> posts)
    {
        await using var connection = await db.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = new NpgsqlCommand("INSERT INTO posts (channel, seq, message) SELECT $1, unnest($2::bigint[]), unnest($3::text[])", connection, transaction);
        insert.Parameters.AddWithValue(Key);
        insert.Parameters.AddWithValue(posts.Select(p => p.Seq).ToArray());
        insert.Parameters.AddWithValue(posts.Select(p => p.Message).ToArray());
        await insert.ExecuteNonQueryAsync();
        await using var count = new NpgsqlCommand(
            "INSERT INTO channel_counts (channel, total) VALUES ($1, $2) ON CONFLICT (channel) DO UPDATE SET total = channel_counts.total + excluded.total", connection, transaction);
        count.Parameters.AddWithValue(Key);
        count.Parameters.AddWithValue((long)posts.Count);
        await count.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        transactions.Increment();
        return posts.Select(p => p.Seq).ToArray();
    }
}

public sealed class GroupCommitInGrainTests
{
    [Test]
    public async Task ConcurrentPosts_ThroughOneGrain_AreNumberedWithoutGapsStoredOnceAndBatched()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var db = NpgsqlDataSource.Create(connectionString);
        await using (var schema = db.CreateCommand(
            "CREATE TABLE posts (channel text, seq bigint, message text, PRIMARY KEY (channel, seq)); CREATE TABLE channel_counts (channel text PRIMARY KEY, total bigint NOT NULL)"))
        {
            await schema.ExecuteNonQueryAsync();
        }

        await using var services = GrainHost.Build(TimeProvider.System, s =>
        {
            s.AddSingleton(db);
            s.AddSingleton<TransactionCounter>();
            s.AddGrain<IPostingGrain, PostingGrain>();
        });
        var grains = services.GetRequiredService<IGrainFactory>();
        const int writers = 8;
        const int perWriter = 100;

        var seqs = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var mine = new List<long>();
            for (var i = 0; i < perWriter; i++)
            {
                mine.Add(await grains.GetGrain<IPostingGrain>("town-square").PostAsync($"{w}/{i}"));
            }

            return mine;
        })));

        await using var check = db.CreateCommand("SELECT (SELECT count(*) FROM posts), (SELECT count(DISTINCT message) FROM posts), (SELECT total FROM channel_counts)");
        await using var reader = await check.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (rows, distinctMessages, total) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        var transactions = services.GetRequiredService<TransactionCounter>().Count;
        Assert.Multiple(() =>
        {
            Assert.That(seqs.SelectMany(s => s).Order(), Is.EqualTo(Enumerable.Range(1, writers * perWriter).Select(i => (long)i)));
            Assert.That((rows, distinctMessages, total), Is.EqualTo(((long)writers * perWriter, (long)writers * perWriter, (long)writers * perWriter)));
            Assert.That(transactions, Is.LessThan(writers * perWriter));
        });
    }
}
