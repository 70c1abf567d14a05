namespace Suite.Channels.Contracts;

/// <summary>The Channels module's identity, for modules that declare a dependency on it.</summary>
public static class ChannelsModuleName
{
    /// <summary>The name Channels registers under; use it in <c>DependsOn</c>.</summary>
    public const string Value = "Channels";
}
