using Suite.Platform.Grains;

namespace Suite.Channels.Contracts;

/// <summary>
/// The channel grain's interface, for Channels itself only. It lives here, in the assembly every
/// host shares, because the grain runtime's proxies bind an interface by its assembly's name: a
/// grain interface inside the module would break when two hosts (each loading the module in its
/// own load context) run in one process. The payloads are the module's own types, hence objects.
/// </summary>
internal interface IChannelGrain : IGrain
{
    /// <summary>Writes a post draft; answers its write result, or null for a retried pending id.</summary>
    Task<object?> WritePostAsync(object draft);
}
