namespace Suite.Platform.Cluster;

/// <summary>A second node started without a license that has <c>cluster</c>; the message says what to do.</summary>
public sealed class ClusterLicenseRequiredException(string runningNode) : Exception(
    $"Another Suite node is already running on this database (silo {runningNode}). Running several nodes as a cluster is an Enterprise feature " +
    $"(license feature '{ClusterAdmission.ClusterFeature}'), and the active license does not include it, so this node did not start; the running node is unaffected. " +
    "To run a cluster, install an Enterprise license: upload it in the System Console (Edition and License) of the running node, or set SUITE_LICENSE " +
    "to the license text on every node; the System Console also starts a 30-day Enterprise trial. To run this node alone instead, stop the other node first.")
{
    /// <summary>The refusal among the exceptions that stopped a host from starting, if it is one of them.</summary>
    public static ClusterLicenseRequiredException? FindIn(Exception exception) => exception switch
    {
        ClusterLicenseRequiredException refusal => refusal,
        AggregateException aggregate => aggregate.InnerExceptions.Select(FindIn).FirstOrDefault(r => r is not null),
        { InnerException: { } inner } => FindIn(inner),
        _ => null,
    };
}
