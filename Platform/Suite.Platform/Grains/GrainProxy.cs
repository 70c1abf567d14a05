using System.Reflection;

namespace Suite.Platform.Grains;

/// <summary>The object <see cref="IGrainFactory.GetGrain{TGrainInterface}"/> returns: turns each interface call into a queued grain call.</summary>
#pragma warning disable CA1852 // DispatchProxy derives the proxy type from this class at run time.
internal class GrainProxy : DispatchProxy
#pragma warning restore CA1852
{
    private GrainRuntime _runtime = null!;
    private GrainInterface _grainInterface = null!;
    private string _key = "";

    internal void Bind(GrainRuntime runtime, GrainInterface grainInterface, string key)
    {
        _runtime = runtime;
        _grainInterface = grainInterface;
        _key = key;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        _runtime.Invoke(_grainInterface, _key, targetMethod!, args ?? []);

    public override string ToString() => $"{_grainInterface.Interface.Name}/{_key}";
}
