using System.Globalization;
using System.Net;
using Dapper;
using Npgsql;

namespace Suite.Platform.Cluster;

/// <summary>
/// Orleans' membership table in Suite's own PostgreSQL (<c>platform.cluster_silos</c> and
/// <c>platform.cluster_versions</c>), on the process's data source, so one node and many run the
/// same code. Every change to a silo's row also moves the cluster's version on by one, and only
/// when the caller read the version it names (the row's <c>etag</c> likewise): the optimistic
/// concurrency the membership protocol is built on. Heartbeats change neither.
/// </summary>
internal sealed class PostgresMembershipTable(NpgsqlDataSource db, SiloOptions options) : IMembershipTable
{
    private const string Columns =
        "address, port, generation, silo_name, host_name, status, proxy_port, suspect_times, start_time, i_am_alive_time, etag";

    private string ClusterId => options.ClusterId;

    public async Task InitializeMembershipTable(bool tryInitTableVersion)
    {
        if (!tryInitTableVersion)
        {
            return;
        }

        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync(
            "INSERT INTO platform.cluster_versions (cluster_id, version) VALUES (@clusterId, 0) ON CONFLICT (cluster_id) DO NOTHING",
            new { clusterId = ClusterId });
    }

    public async Task DeleteMembershipTableEntries(string clusterId)
    {
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync("DELETE FROM platform.cluster_versions WHERE cluster_id = @clusterId", new { clusterId });
    }

    public async Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate)
    {
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync(
            "DELETE FROM platform.cluster_silos WHERE cluster_id = @clusterId AND status = @dead AND i_am_alive_time < @beforeDate",
            new { clusterId = ClusterId, dead = (int)SiloStatus.Dead, beforeDate = beforeDate.UtcDateTime });
    }

    public Task<MembershipTableData> ReadRow(SiloAddress key) =>
        ReadAsync(
            $"SELECT {Columns} FROM platform.cluster_silos WHERE cluster_id = @clusterId AND address = @address AND port = @port AND generation = @generation",
            new { clusterId = ClusterId, address = key.Endpoint.Address.ToString(), port = key.Endpoint.Port, generation = key.Generation });

    public Task<MembershipTableData> ReadAll() =>
        ReadAsync($"SELECT {Columns} FROM platform.cluster_silos WHERE cluster_id = @clusterId", new { clusterId = ClusterId });

    public async Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion)
    {
        await using var connection = await db.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        if (!await MoveVersionAsync(connection, transaction, tableVersion))
        {
            return false;
        }

        var inserted = await connection.ExecuteAsync(
            $"""
            INSERT INTO platform.cluster_silos (cluster_id, {Columns})
            VALUES (@clusterId, @address, @port, @generation, @siloName, @hostName, @status, @proxyPort, @suspectTimes, @startTime, @iAmAliveTime, 0)
            ON CONFLICT DO NOTHING
            """,
            Parameters(entry),
            transaction);
        if (inserted == 0)
        {
            return false;
        }

        await transaction.CommitAsync();
        return true;
    }

    public async Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion)
    {
        if (!int.TryParse(etag, NumberStyles.Integer, CultureInfo.InvariantCulture, out var rowEtag))
        {
            return false;
        }

        await using var connection = await db.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        if (!await MoveVersionAsync(connection, transaction, tableVersion))
        {
            return false;
        }

        var parameters = new DynamicParameters(Parameters(entry));
        parameters.Add("etag", rowEtag);
        var updated = await connection.ExecuteAsync(
            """
            UPDATE platform.cluster_silos
               SET silo_name = @siloName, host_name = @hostName, status = @status, proxy_port = @proxyPort, suspect_times = @suspectTimes,
                   start_time = @startTime, i_am_alive_time = @iAmAliveTime, etag = etag + 1
             WHERE cluster_id = @clusterId AND address = @address AND port = @port AND generation = @generation AND etag = @etag
            """,
            parameters,
            transaction);
        if (updated == 0)
        {
            return false;
        }

        await transaction.CommitAsync();
        return true;
    }

    public async Task UpdateIAmAlive(MembershipEntry entry)
    {
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            UPDATE platform.cluster_silos SET i_am_alive_time = @iAmAliveTime
             WHERE cluster_id = @clusterId AND address = @address AND port = @port AND generation = @generation
            """,
            Parameters(entry));
    }

    /// <summary>Moves the cluster's version to <paramref name="next"/> if it still is the one the caller read.</summary>
    private async Task<bool> MoveVersionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, TableVersion next) =>
        await connection.ExecuteAsync(
            "UPDATE platform.cluster_versions SET version = @version, updated_at = now() WHERE cluster_id = @clusterId AND version::text = @expected",
            new { clusterId = ClusterId, version = next.Version, expected = next.VersionEtag },
            transaction) == 1;

    private async Task<MembershipTableData> ReadAsync(string sql, object parameters)
    {
        await using var connection = await db.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
        var version = await connection.QuerySingleOrDefaultAsync<int?>(
            "SELECT version FROM platform.cluster_versions WHERE cluster_id = @clusterId", new { clusterId = ClusterId }, transaction) ?? 0;
        var rows = await connection.QueryAsync<SiloRow>(sql, parameters, transaction);
        await transaction.CommitAsync();
        var entries = rows.Select(r => Tuple.Create(r.ToEntry(), r.Etag.ToString(CultureInfo.InvariantCulture))).ToList();
        return new MembershipTableData(entries, new TableVersion(version, version.ToString(CultureInfo.InvariantCulture)));
    }

    private object Parameters(MembershipEntry entry) => new
    {
        clusterId = ClusterId,
        address = entry.SiloAddress.Endpoint.Address.ToString(),
        port = entry.SiloAddress.Endpoint.Port,
        generation = entry.SiloAddress.Generation,
        siloName = entry.SiloName ?? "",
        hostName = entry.HostName ?? "",
        status = (int)entry.Status,
        proxyPort = entry.ProxyPort,
        suspectTimes = SuspectTimes.Format(entry.SuspectTimes),
        startTime = DateTime.SpecifyKind(entry.StartTime, DateTimeKind.Utc),
        iAmAliveTime = DateTime.SpecifyKind(entry.IAmAliveTime, DateTimeKind.Utc),
    };

    private sealed class SiloRow
    {
        public string Address { get; init; } = "";
        public int Port { get; init; }
        public int Generation { get; init; }
        public string SiloName { get; init; } = "";
        public string HostName { get; init; } = "";
        public int Status { get; init; }
        public int ProxyPort { get; init; }
        public string SuspectTimes { get; init; } = "";
        public DateTime StartTime { get; init; }
        public DateTime IAmAliveTime { get; init; }
        public int Etag { get; init; }

        public MembershipEntry ToEntry() => new()
        {
            SiloAddress = SiloAddress.New(new IPEndPoint(IPAddress.Parse(Address), Port), Generation),
            SiloName = SiloName,
            HostName = HostName,
            Status = (SiloStatus)Status,
            ProxyPort = ProxyPort,
            SuspectTimes = Cluster.SuspectTimes.Parse(SuspectTimes),
            StartTime = DateTime.SpecifyKind(StartTime, DateTimeKind.Utc),
            IAmAliveTime = DateTime.SpecifyKind(IAmAliveTime, DateTimeKind.Utc),
        };
    }
}
