using Orleans.Runtime.Messaging;

namespace Suite.Platform.Cluster;

/// <summary>
/// Failures of a call to a grain on another node that a retry a moment later gets past: the node
/// died or is leaving, and the grain is activated again elsewhere once the cluster notices.
/// </summary>
internal static class ClusterFailures
{
    public const string NodeUnavailableId = "api.cluster.node_unavailable.app_error";

    public static bool IsNodeUnavailable(Exception exception) => exception switch
    {
        SiloUnavailableException or OrleansMessageRejectionException or ConnectionFailedException => true,
        TimeoutException => exception.Source?.StartsWith("Orleans", StringComparison.Ordinal) == true,
        { InnerException: { } inner } => IsNodeUnavailable(inner),
        _ => false,
    };
}
