using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Suite.Platform.Configuration;

/// <summary>The settings stored in <c>platform.config_settings</c>, as a configuration source over the files.</summary>
internal sealed class StoredConfigurationSource(string connectionString) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new StoredConfigurationProvider(connectionString);
}

/// <summary>
/// Reads every stored setting at start (before services read their options) and again on
/// <see cref="Reload"/>, raising the configuration's change token so live options and <c>IOptionsMonitor</c>
/// readers see the new values. A database without the table yet (the first start) has none.
/// </summary>
internal sealed class StoredConfigurationProvider(string connectionString) : ConfigurationProvider
{
    private const string UndefinedTable = "42P01";

    /// <summary>This process's mark on its own change notifications, so it does not read its own change twice.</summary>
    public string Origin { get; } = Ids.New();

    public override void Load() => Data = Read();

    /// <summary>
    /// Reads the stored settings again and raises the change token. A database error propagates: the
    /// listener then reconnects and reads again, and a change request answers the error.
    /// </summary>
    public void Reload()
    {
        Data = Read();
        OnReload();
    }

    private Dictionary<string, string?> Read()
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT key, value FROM platform.config_settings", connection);
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                data[reader.GetString(0)] = reader.GetString(1);
            }
        }
        catch (PostgresException ex) when (ex.SqlState == UndefinedTable)
        {
        }

        return data;
    }
}
