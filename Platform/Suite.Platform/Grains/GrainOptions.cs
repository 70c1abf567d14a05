namespace Suite.Platform.Grains;

/// <summary>Grain runtime settings, section <c>Suite:Grains</c>.</summary>
internal sealed class GrainOptions
{
    /// <summary>An activation with no call for this long is deactivated.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often activations are checked for idleness.</summary>
    public TimeSpan IdleCheckPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
