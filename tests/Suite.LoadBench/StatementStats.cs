using System.Globalization;
using Npgsql;

namespace Suite.LoadBench;

/// <summary>
/// With <c>--statements N</c>: what PostgreSQL spent its time on during a throughput run (from
/// pg_stat_statements), the N costliest statements by total execution time with the buffers they touched, printed as the run ends.
/// </summary>
internal static class StatementStats
{
    public static async Task ResetAsync(BenchContext context, string database, CancellationToken cancellationToken)
    {
        if (context.Options.Statements <= 0)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(context.Postgres.ConnectionString(database));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset();", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task PrintAsync(BenchContext context, string database, CancellationToken cancellationToken)
    {
        if (context.Options.Statements <= 0)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(context.Postgres.ConnectionString(database));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT calls, total_exec_time, total_plan_time, rows, regexp_replace(query, '\s+', ' ', 'g'), shared_blks_hit + shared_blks_read
              FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
             WHERE d.datname = current_database()
             ORDER BY total_exec_time + total_plan_time DESC LIMIT $1
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = context.Options.Statements });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        Console.WriteLine("    calls | exec ms | plan ms | rows | blocks | statement");
        while (await reader.ReadAsync(cancellationToken))
        {
            var query = reader.GetString(4);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"    {reader.GetInt64(0),6} | {reader.GetDouble(1),8:0} | {reader.GetDouble(2),7:0} | {reader.GetInt64(3),6} | {reader.GetInt64(5),7} | {query[..Math.Min(query.Length, 130)]}"));
        }
    }
}
