using Npgsql;

namespace Suite.Platform.Storage;

/// <summary>
/// Connections that hold session state for their whole life (<c>LISTEN</c>, an application name),
/// opened outside the process's pool: the pool hands connections back without resetting them, so
/// a listening connection must never return to it, and closing one of these ends its session.
/// </summary>
public sealed class ListenerConnections : IAsyncDisposable
{
    private readonly NpgsqlDataSource _unpooled;

    public ListenerConnections(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.Pooling = false;
        _unpooled = builder.Build();
    }

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => _unpooled.OpenConnectionAsync(cancellationToken);

    public ValueTask DisposeAsync() => _unpooled.DisposeAsync();
}
