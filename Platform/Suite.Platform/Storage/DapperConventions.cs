using System.Data;
using System.Text.Json;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Suite.Platform.Storage;

/// <summary>
/// How every module's SQL maps: snake_case columns to PascalCase members, <c>jsonb</c> columns to
/// dictionaries, lists and <see cref="JsonElement"/>. Dapper's settings are process-wide, so this
/// runs once per process and every module relies on the same conventions.
/// </summary>
public static class DapperConventions
{
    private static readonly Lazy<bool> Applied = new(() =>
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.AddTypeHandler(new JsonbHandler<Dictionary<string, string>>());
        SqlMapper.AddTypeHandler(new JsonbHandler<Dictionary<string, object?>>());
        SqlMapper.AddTypeHandler(new JsonbHandler<Dictionary<string, JsonElement>>());
        SqlMapper.AddTypeHandler(new JsonbHandler<List<string>>());
        SqlMapper.AddTypeHandler(new JsonbHandler<JsonElement>());
        return true;
    });

    /// <summary>Applies the conventions (idempotent).</summary>
    public static void Apply() => _ = Applied.Value;

    /// <summary>A parameter that PostgreSQL receives as <c>jsonb</c>.</summary>
    public static object Jsonb<T>(T value) => new JsonbParameter(JsonSerializer.Serialize(value));

    private sealed class JsonbHandler<T> : SqlMapper.TypeHandler<T>
    {
        public override T? Parse(object value) => value switch
        {
            string text => JsonSerializer.Deserialize<T>(text),
            _ => throw new DataException($"Cannot read {value.GetType().Name} as JSON."),
        };

        public override void SetValue(IDbDataParameter parameter, T? value)
        {
            parameter.Value = JsonSerializer.Serialize(value);
            if (parameter is NpgsqlParameter npgsql)
            {
                npgsql.NpgsqlDbType = NpgsqlDbType.Jsonb;
            }
        }
    }

    private sealed class JsonbParameter(string json) : SqlMapper.ICustomQueryParameter
    {
        public void AddParameter(IDbCommand command, string name)
        {
            command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Jsonb) { Value = json });
        }
    }
}
