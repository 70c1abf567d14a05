using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Suite.Platform.Storage;

namespace Suite.Platform.Realtime;

/// <summary>
/// Carries events between Suite processes sharing one database, through PostgreSQL
/// <c>LISTEN/NOTIFY</c> on the channel <c>suite_cluster</c>. A message that fits a notification
/// (under 8000 bytes) travels in it; a larger one is stored in <c>platform.cluster_events</c> and
/// the notification carries <c>r:&lt;origin&gt;:&lt;id&gt;</c>. Each process ignores its own
/// messages and delivers the others' to its local connections. One dedicated connection listens
/// and is replaced when it drops; events sent while it was down are not seen by this process.
/// </summary>
internal sealed class ClusterBus : BackgroundService
{
    public const string NotifyChannel = "suite_cluster";

    /// <summary>PostgreSQL refuses notification payloads of 8000 bytes or more.</summary>
    public const int MaxNotifyBytes = 7999;

    private const int MaxBatch = 64;

    private readonly NpgsqlDataSource _db;
    private readonly ListenerConnections _listeners;
    private readonly ConnectionRegistry _registry;
    private readonly TimeProvider _time;
    private readonly ClusterOptions _options;
    private readonly ILogger<ClusterBus> _logger;
    private readonly Channel<PreparedEvent> _outgoing;
    private readonly Channel<string> _incoming = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _ownInlinePrefix;
    private readonly string _ownReferencePrefix;
    private int _listenCount;
    private int _dropped;

    public ClusterBus(NpgsqlDataSource db, ListenerConnections listeners, ConnectionRegistry registry, TimeProvider time, ClusterOptions options, ILogger<ClusterBus> logger)
    {
        _db = db;
        _listeners = listeners;
        _registry = registry;
        _time = time;
        _options = options;
        _logger = logger;
        _outgoing = Channel.CreateBounded<PreparedEvent>(
            new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest },
            _ => Interlocked.Increment(ref _dropped));
        _ownInlinePrefix = $"{{\"origin\":\"{ProcessId}\"";
        _ownReferencePrefix = $"r:{ProcessId}:";
    }

    /// <summary>This process's id on the bus; new at every start, so two hosts in one OS process stay apart.</summary>
    public string ProcessId { get; } = Ids.New();

    /// <summary>The <c>application_name</c> of the listening connection, as <c>pg_stat_activity</c> shows it.</summary>
    public string ListenerApplicationName => $"suite-bus-{ProcessId}";

    /// <summary>How many times the bus has started listening (1 after start-up, more after reconnects).</summary>
    public int ListenCount => Volatile.Read(ref _listenCount);

    /// <summary>
    /// Queues the event for the other processes without waiting. While the database cannot be
    /// reached, at most 10,000 events wait; older ones are dropped rather than slowing publishers.
    /// </summary>
    public void Publish(PreparedEvent prepared)
    {
        if (_options.Enabled)
        {
            _outgoing.Writer.TryWrite(prepared);
        }
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await base.StartAsync(cancellationToken);
        if (!_options.Enabled)
        {
            return;
        }

        try
        {
            await _listening.Task.WaitAsync(_options.StartupTimeout, _time, cancellationToken);
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("The cluster bus is not listening yet; events from other processes will reach this one once it is");
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _options.Enabled
            ? Task.WhenAll(SendAsync(stoppingToken), ListenAsync(stoppingToken), ReceiveAsync(stoppingToken), CleanUpAsync(stoppingToken))
            : Task.CompletedTask;

    /// <summary>Removes stored large events older than the retention; returns how many.</summary>
    internal async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = _time.GetUtcNow().Subtract(_options.LargeEventRetention).ToUnixTimeMilliseconds();
        await using var connection = await _db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM platform.cluster_events WHERE create_at < @cutoff", new { cutoff }, cancellationToken: cancellationToken));
    }

    private async Task SendAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PreparedEvent>(MaxBatch);
        try
        {
            while (await _outgoing.Reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (batch.Count < MaxBatch && _outgoing.Reader.TryRead(out var prepared))
                {
                    batch.Add(prepared);
                }

                if (Interlocked.Exchange(ref _dropped, 0) is > 0 and var dropped)
                {
                    _logger.LogWarning("The cluster bus dropped {Count} events it could not send in time; other processes miss them", dropped);
                }

                try
                {
                    await SendBatchAsync(batch, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    _logger.LogWarning(ex, "The cluster bus could not send {Count} events; other processes miss them", batch.Count);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    // Consecutive messages that fit a notification go in one statement, in their order.
    private async Task SendBatchAsync(List<PreparedEvent> events, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var inline = new List<string>();
        foreach (var prepared in events)
        {
            var message = prepared.ToBusMessage(ProcessId);
            if (message.Length <= MaxNotifyBytes)
            {
                inline.Add(Encoding.UTF8.GetString(message));
                continue;
            }

            AddInline(batch, inline);
            batch.BatchCommands.Add(new NpgsqlBatchCommand(
                """
                WITH stored AS (
                    INSERT INTO platform.cluster_events (origin, payload, create_at) VALUES ($2, $3, $4) RETURNING id)
                SELECT pg_notify($1, 'r:' || $2 || ':' || id) FROM stored
                """)
            {
                Parameters = { new() { Value = NotifyChannel }, new() { Value = ProcessId }, new() { Value = message }, new() { Value = now } },
            });
        }

        AddInline(batch, inline);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddInline(NpgsqlBatch batch, List<string> payloads)
    {
        if (payloads.Count == 0)
        {
            return;
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_notify($1, payload) FROM unnest($2::text[]) WITH ORDINALITY AS m(payload, n) ORDER BY n")
        {
            Parameters = { new() { Value = NotifyChannel }, new() { Value = payloads.ToArray() } },
        });
        payloads.Clear();
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(100);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _listeners.OpenAsync(stoppingToken);
                connection.Notification += (_, notification) => _incoming.Writer.TryWrite(notification.Payload);
                await using (var listen = new NpgsqlCommand($"SET application_name = '{ListenerApplicationName}'; LISTEN {NotifyChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                Interlocked.Increment(ref _listenCount);
                _listening.TrySetResult();
                delay = TimeSpan.FromMilliseconds(100);
                while (true)
                {
                    if (!await connection.WaitAsync(_options.ListenerKeepAlive, stoppingToken))
                    {
                        await using var check = new NpgsqlCommand("SELECT 1", connection);
                        await check.ExecuteScalarAsync(stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "The cluster bus lost its listening connection; listening again in {Delay}", delay);
            }

            try
            {
                await Task.Delay(delay, _time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxReconnectDelay.Ticks));
        }
    }

    private async Task ReceiveAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var payload in _incoming.Reader.ReadAllAsync(stoppingToken))
            {
                if (payload.StartsWith(_ownInlinePrefix, StringComparison.Ordinal) || payload.StartsWith(_ownReferencePrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                try
                {
                    var prepared = payload.StartsWith("r:", StringComparison.Ordinal)
                        ? await LoadAsync(payload, stoppingToken)
                        : PreparedEvent.FromBusMessage(Encoding.UTF8.GetBytes(payload));
                    if (prepared is not null)
                    {
                        _registry.Deliver(prepared);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    _logger.LogWarning(ex, "The cluster bus could not deliver a message from another process");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<PreparedEvent?> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        var id = long.Parse(reference.AsSpan(reference.LastIndexOf(':') + 1), NumberStyles.None, CultureInfo.InvariantCulture);
        await using var connection = await _db.OpenConnectionAsync(cancellationToken);
        var payload = await connection.ExecuteScalarAsync<byte[]?>(new CommandDefinition(
            "SELECT payload FROM platform.cluster_events WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        if (payload is null)
        {
            _logger.LogWarning("Cluster event {Id} was removed before this process read it", id);
            return null;
        }

        return PreparedEvent.FromBusMessage(payload);
    }

    private async Task CleanUpAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.CleanupInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await DeleteExpiredAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    _logger.LogWarning(ex, "The cluster bus could not remove old events");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
