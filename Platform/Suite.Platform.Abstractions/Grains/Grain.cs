namespace Suite.Platform.Grains;

/// <summary>
/// Base class of grain implementations. The runtime creates one instance per activation through
/// dependency injection (constructor parameters are resolved from a scope that lives as long as
/// the activation), sets <see cref="Key"/>, and runs <see cref="OnActivateAsync"/> before the
/// first call and <see cref="OnDeactivateAsync"/> after the last.
/// </summary>
public abstract class Grain
{
    private IGrainActivation? _activation;

    /// <summary>The key this activation was created for.</summary>
    public string Key => _activation?.Key ?? throw new InvalidOperationException("The grain has not been activated by the grain runtime.");

    /// <summary>Runs once before the first call; a failure fails the calls waiting for it and discards the activation.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs once after the last call, when the grain was idle long enough, asked to deactivate, or the host stops.</summary>
    public virtual Task OnDeactivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivates this activation once no call is queued or running; the next call creates a new one.</summary>
    protected void DeactivateOnIdle() => Activation.DeactivateOnIdle();

    /// <summary>
    /// Ends the current call's turn early: the next queued call may start while the rest of this
    /// call (which must no longer touch the grain's state) goes on, typically awaiting a write
    /// queued during the turn, as with <see cref="GroupCommit{TItem, TResult}"/>. Call it at most
    /// once, from the call's own flow.
    /// </summary>
    protected void ReleaseTurn() => Activation.ReleaseTurn();

    internal void Attach(IGrainActivation activation) => _activation = activation;

    private IGrainActivation Activation => _activation ?? throw new InvalidOperationException("The grain has not been activated by the grain runtime.");
}

/// <summary>The runtime's side of an activation, as a grain sees it.</summary>
internal interface IGrainActivation
{
    string Key { get; }

    void DeactivateOnIdle();

    void ReleaseTurn();
}
