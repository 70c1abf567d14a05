using System.Collections.Concurrent;
using Suite.Platform.Mediator;

namespace Suite.Samples.Contracts;

/// <summary>A notification every sample plugin handles by adding its module name to <see cref="Receipts"/>.</summary>
public sealed class SamplePing : INotification
{
    /// <summary>The names of the modules whose handlers received the ping.</summary>
    public ConcurrentQueue<string> Receipts { get; } = new();
}
