using Microsoft.Extensions.Logging;
using Suite.Platform.Storage;

namespace Suite.Platform.Configuration;

/// <summary>
/// Reloads the stored settings when any process changes them (<c>NOTIFY suite_config</c>), and
/// after the listening connection comes back, in case a change went by meanwhile.
/// </summary>
internal sealed class StoredConfigurationListener(ListenerConnections listeners, StoredConfigurationProvider provider, TimeProvider time, ILogger<StoredConfigurationListener> logger)
    : PostgresChannelListener(listeners, time, logger, NotifyChannel)
{
    public const string NotifyChannel = "suite_config";

    protected override string WhileAway => "settings changed through other servers are not seen here";

    protected override void OnNotification(string payload)
    {
        // The process that made the change has read it already.
        if (payload != provider.Origin)
        {
            provider.Reload();
        }
    }

    protected override void OnListening(bool listening)
    {
        if (listening)
        {
            provider.Reload();
        }
    }
}
