using Npgsql;

namespace Suite.Playbooks.Runs;

/// <summary>Hands out each playbook's run numbers in one atomic statement, so two runs started together never share one.</summary>
internal sealed class RunNumbers(NpgsqlDataSource dataSource)
{
    public async Task<long> NextAsync(string playbookId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO playbooks.run_numbers (playbook_id, last_number) VALUES ($1, 1)
            ON CONFLICT (playbook_id) DO UPDATE SET last_number = run_numbers.last_number + 1
            RETURNING last_number
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = playbookId });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public static string SequentialId(string prefix, long number) => prefix.Length == 0 ? "" : $"{prefix}-{number:00000}";
}
