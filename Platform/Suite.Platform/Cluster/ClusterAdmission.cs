using System.Net.Sockets;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;
using Suite.Platform.Licensing;

namespace Suite.Platform.Cluster;

/// <summary>
/// The cluster is an Enterprise feature: before this silo joins, it looks for a live node of
/// another process on the same database, and when there is one it starts only if the license
/// has <c>cluster</c>. It runs before the silo writes anything to the membership table, so a
/// refused node leaves the running ones untouched. A single node never needs a license.
/// </summary>
internal sealed class ClusterAdmission(NpgsqlDataSource db, SiloOptions options, IFeatureGate gate, ILogger<ClusterAdmission> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>Mattermost's license flag for several servers on one database.</summary>
    public const string ClusterFeature = "cluster";

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(ClusterAdmission), ServiceLifecycleStage.RuntimeInitialize, CheckAsync);

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        if (gate.IsEnabled(ClusterFeature))
        {
            return;
        }

        if (await FindLiveNodeAsync(cancellationToken) is { } running)
        {
            throw new ClusterLicenseRequiredException(running);
        }
    }

    /// <summary>
    /// A node of another process that the table calls joining or active and that still accepts
    /// connections on its silo port: a row left behind by a killed node is not a live node.
    /// </summary>
    private async Task<string?> FindLiveNodeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Address, int Port, string SiloName, string HostName)>(
            new CommandDefinition(
                """
                SELECT address, port, silo_name, host_name FROM platform.cluster_silos
                 WHERE cluster_id = @clusterId AND status IN (@joining, @active)
                """,
                new { clusterId = options.ClusterId, joining = (int)SiloStatus.Joining, active = (int)SiloStatus.Active },
                cancellationToken: cancellationToken));
        var others = rows.Where(r => !SiloNames.IsThisProcess(r.SiloName, r.HostName)).ToList();
        var answers = await Task.WhenAll(others.Select(async r => (Node: $"{r.Address}:{r.Port}", Live: await AcceptsConnectionsAsync(r.Address, r.Port, cancellationToken))));
        var live = answers.FirstOrDefault(a => a.Live).Node;
        if (live is null && others.Count > 0)
        {
            logger.LogInformation("The membership table names {Count} node(s) that no longer answer; this node starts alone", others.Count);
        }

        return live;
    }

    private static async Task<bool> AcceptsConnectionsAsync(string address, int port, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(address, port, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
