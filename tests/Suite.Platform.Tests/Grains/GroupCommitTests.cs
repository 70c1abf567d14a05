using System.Collections.Concurrent;
using Npgsql;
using Suite.Platform.Grains;
using Suite.Testing;

namespace Suite.Platform.Tests.Grains;

/// <summary>Group commit against real PostgreSQL transactions.</summary>
public sealed class GroupCommitTests
{
    private NpgsqlDataSource _db = null!;
    private string _table = "";
    private ConcurrentQueue<int[]> _batches = null!;

    [OneTimeSetUp]
    public async Task CreateDatabase() => _db = NpgsqlDataSource.Create(await TestPostgres.CreateDatabaseAsync());

    [OneTimeTearDown]
    public async Task DisposeDatabase() => await _db.DisposeAsync();

    [SetUp]
    public async Task CreateTable()
    {
        _table = "items_" + Guid.NewGuid().ToString("N")[..12];
        _batches = new ConcurrentQueue<int[]>();
        await using var command = _db.CreateCommand($"CREATE TABLE {_table} (id int PRIMARY KEY, batch int NOT NULL)");
        await command.ExecuteNonQueryAsync();
    }

    [Test]
    public async Task ConcurrentItems_ShareTransactions_AndEachIsCommittedExactlyOnce()
    {
        await using var commits = new GroupCommit<int, int>(InsertAsync);
        const int writers = 8;
        const int perWriter = 250;

        var results = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var mine = new List<(int Item, int Result)>();
            for (var i = 0; i < perWriter; i++)
            {
                var item = (w * 1000) + i;
                mine.Add((item, await commits.EnqueueAsync(item)));
            }

            return mine;
        })));

        var stored = await StoredAsync();
        var all = results.SelectMany(r => r).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(all.Select(r => r.Result), Is.EqualTo(all.Select(r => r.Item * 2)), "each caller gets its own item's result");
            Assert.That(stored, Is.EquivalentTo(all.Select(r => r.Item)), "every item stored once");
            Assert.That(_batches.Sum(b => b.Length), Is.EqualTo(writers * perWriter), "every item committed once");
            Assert.That(_batches, Has.Count.LessThan(writers * perWriter), "items shared transactions");
        });
    }

    [Test]
    public async Task SingleCaller_IsCommittedAloneAndAtOnce()
    {
        await using var commits = new GroupCommit<int, int>(InsertAsync);

        for (var i = 0; i < 5; i++)
        {
            await commits.EnqueueAsync(i);
        }

        Assert.That(_batches.Select(b => b.Length), Is.EqualTo(new[] { 1, 1, 1, 1, 1 }));
    }

    [Test]
    public async Task ItemsQueuedDuringACommit_FormTheNextBatch_UpToTheMaximum()
    {
        var gate = new Gate(holdItem: 0);
        await using var commits = new GroupCommit<int, int>(items => gate.PassAsync(items, InsertAsync), maxBatchSize: 4);

        var first = commits.EnqueueAsync(0);
        await gate.Entered;
        var queued = Enumerable.Range(1, 10).Select(commits.EnqueueAsync).ToList();
        gate.Open();
        await Task.WhenAll(queued.Append(first));

        Assert.That(_batches.Select(b => b.Length), Is.EqualTo(new[] { 1, 4, 4, 2 }));
    }

    [Test]
    public async Task FailedBatch_FailsExactlyItsItems_AndLaterItemsCommit()
    {
        const int poison = -1;
        var gate = new Gate(holdItem: 0);
        await using var commits = new GroupCommit<int, int>(items => gate.PassAsync(items, async batch =>
        {
            var results = await InsertAsync(batch, commit: !batch.Contains(poison));
            return batch.Contains(poison) ? throw new InvalidOperationException("poisoned batch") : results;
        }));

        var first = commits.EnqueueAsync(0);
        await gate.Entered;
        var doomed = new[] { 1, 2, poison, 3, 4 }.Select(i => (Item: i, Task: commits.EnqueueAsync(i))).ToList();
        gate.Open();
        await first;
        foreach (var (_, task) in doomed)
        {
            Assert.ThrowsAsync<InvalidOperationException>(() => task);
        }

        var later = await Task.WhenAll(commits.EnqueueAsync(5), commits.EnqueueAsync(6));

        var stored = await StoredAsync();
        Assert.Multiple(() =>
        {
            Assert.That(doomed.Select(d => d.Task.Exception!.InnerException!.Message), Is.All.EqualTo("poisoned batch"));
            Assert.That(later, Is.EqualTo(new[] { 10, 12 }));
            Assert.That(stored, Is.EquivalentTo(new[] { 0, 5, 6 }), "the failed batch's transaction rolled back");
        });
    }

    [Test]
    public async Task Dispose_WaitsForQueuedItems_ThenRefusesNewOnes()
    {
        var gate = new Gate(holdItem: 0);
        var commits = new GroupCommit<int, int>(items => gate.PassAsync(items, InsertAsync));
        var first = commits.EnqueueAsync(0);
        await gate.Entered;
        var second = commits.EnqueueAsync(1);

        var disposing = commits.DisposeAsync().AsTask();
        var disposedEarly = disposing.IsCompleted;
        gate.Open();
        await disposing;

        Assert.Multiple(() =>
        {
            Assert.That(disposedEarly, Is.False);
            Assert.That(first.IsCompletedSuccessfully && second.IsCompletedSuccessfully, Is.True);
            Assert.Throws<ObjectDisposedException>(() => commits.EnqueueAsync(2));
        });
    }

    private Task<IReadOnlyList<int>> InsertAsync(IReadOnlyList<int> items) => InsertAsync(items, commit: true);

    private async Task<IReadOnlyList<int>> InsertAsync(IReadOnlyList<int> items, bool commit)
    {
        _batches.Enqueue([.. items]);
        await using var connection = await _db.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = new NpgsqlCommand($"INSERT INTO {_table} (id, batch) SELECT unnest($1::int[]), $2", connection, transaction);
        insert.Parameters.AddWithValue(items.ToArray());
        insert.Parameters.AddWithValue(_batches.Count);
        await insert.ExecuteNonQueryAsync();
        if (commit)
        {
            await transaction.CommitAsync();
        }

        return items.Select(i => i * 2).ToArray();
    }

    private async Task<List<int>> StoredAsync()
    {
        var ids = new List<int>();
        await using var command = _db.CreateCommand($"SELECT id FROM {_table}");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    /// <summary>Holds the batch containing one item in flight until opened, so that others queue behind it.</summary>
    private sealed class Gate(int holdItem)
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Entered => _entered.Task;

        public void Open() => _open.SetResult();

        public async Task<IReadOnlyList<int>> PassAsync(IReadOnlyList<int> items, Func<IReadOnlyList<int>, Task<IReadOnlyList<int>>> commit)
        {
            if (items.Contains(holdItem))
            {
                _entered.SetResult();
                await _open.Task;
            }

            return await commit(items);
        }
    }
}
