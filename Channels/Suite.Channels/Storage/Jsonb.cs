using System.Data;
using System.Text.Json;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Suite.Channels.Storage;

/// <summary>Dapper parameters PostgreSQL receives as <c>jsonb</c>.</summary>
internal static class Jsonb
{
    public static SqlMapper.ICustomQueryParameter From<T>(T value) => new Parameter(JsonSerializer.Serialize(value));

    public static SqlMapper.ICustomQueryParameter FromJson(string json) => new Parameter(json);

    private sealed class Parameter(string json) : SqlMapper.ICustomQueryParameter
    {
        public void AddParameter(IDbCommand command, string name) =>
            command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Jsonb) { Value = json });
    }
}
