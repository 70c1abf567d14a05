namespace Suite.Platform.Cluster;

/// <summary>
/// This process's Orleans silo, section <c>Suite:Silo</c>. Every Suite process is a silo; the
/// processes on one database with the same <see cref="ClusterId"/> form one cluster.
/// </summary>
internal sealed class SiloOptions
{
    /// <summary>The cluster's name in the membership table.</summary>
    public string ClusterId { get; set; } = "suite";

    /// <summary>The port other silos reach this one on; 0 takes a free port at start-up.</summary>
    public int Port { get; set; }

    /// <summary>The address other silos reach this one on.</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";
}
