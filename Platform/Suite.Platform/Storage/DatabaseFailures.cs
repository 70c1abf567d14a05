using System.Net.Sockets;
using Npgsql;

namespace Suite.Platform.Storage;

/// <summary>Tells a database that cannot be reached from other failures.</summary>
internal static class DatabaseFailures
{
    /// <summary>True when the database cannot serve the request now: down, restarting, unreachable, slow to answer, out of connections.</summary>
    public static bool IsUnavailable(Exception exception) => FindNpgsqlException(exception) switch
    {
        PostgresException pg => IsConnectionFailure(pg) || pg.SqlState == PostgresErrorCodes.TooManyConnections,
        { } npgsql => npgsql.IsTransient,
        null => false,
    };

    /// <summary>True when a connection was lost or refused, as opposed to a slow query or an exhausted pool.</summary>
    public static bool IsConnectionLost(Exception exception) => FindNpgsqlException(exception) switch
    {
        PostgresException pg => IsConnectionFailure(pg),
        { InnerException: IOException or SocketException } => true,
        _ => false,
    };

    private static NpgsqlException? FindNpgsqlException(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException npgsql)
            {
                return npgsql;
            }
        }

        return null;
    }

    // Class 08 is "connection exception"; 57P01-57P03 are the server shutting down, crashing or starting up.
    private static bool IsConnectionFailure(PostgresException pg) =>
        pg.SqlState.StartsWith("08", StringComparison.Ordinal)
        || pg.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow;
}
