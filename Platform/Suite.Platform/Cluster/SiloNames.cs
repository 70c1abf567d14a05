namespace Suite.Platform.Cluster;

/// <summary>
/// Silo names carry the process id, so a node can tell its own process's silos in the membership
/// table: several hosts in one process (as tests run them) are one node for licensing.
/// </summary>
internal static class SiloNames
{
    public static string ForThisProcess() => $"suite-{Environment.ProcessId}-{Ids.New()[..8]}";

    public static bool IsThisProcess(string siloName, string hostName) =>
        string.Equals(hostName, Environment.MachineName, StringComparison.OrdinalIgnoreCase)
        && siloName.StartsWith($"suite-{Environment.ProcessId}-", StringComparison.Ordinal);
}
