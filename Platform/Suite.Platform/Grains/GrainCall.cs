using System.Reflection;

namespace Suite.Platform.Grains;

/// <summary>
/// One call to a grain: the method and arguments, the task its caller awaits, and the end of its
/// turn (the method finished, or released its turn early).
/// </summary>
internal abstract class GrainCall(MethodInfo method, object?[] arguments)
{
    private readonly TaskCompletionSource _turn = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the next call may start.</summary>
    public Task Turn => _turn.Task;

    /// <summary>What the proxy returns to the caller: a task or value task of the method's type.</summary>
    public abstract object ReturnValue { get; }

    public void EndTurn() => _turn.TrySetResult();

    /// <summary>Runs the method on <paramref name="grain"/> and completes the caller's task with its outcome; never throws.</summary>
    public abstract Task InvokeAsync(Grain grain);

    /// <summary>Fails the caller's task without running the method.</summary>
    public abstract void Fail(Exception exception);

    protected object Invoke(Grain grain) =>
        method.Invoke(grain, BindingFlags.DoNotWrapExceptions, null, arguments, null)
        ?? throw new InvalidOperationException($"{grain.GetType().Name}.{method.Name} returned null instead of a task.");
}

/// <summary>A call to a method returning <see cref="Task"/> or <see cref="ValueTask"/>.</summary>
internal sealed class GrainCall<TResult>(MethodInfo method, object?[] arguments, GrainReturnKind kind) : GrainCall(method, arguments)
{
    private readonly TaskCompletionSource<TResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override object ReturnValue => kind switch
    {
        GrainReturnKind.Task => (Task)_result.Task,
        GrainReturnKind.ValueTask => new ValueTask(_result.Task),
        GrainReturnKind.TaskOfResult => _result.Task,
        _ => new ValueTask<TResult>(_result.Task),
    };

    public override async Task InvokeAsync(Grain grain)
    {
        try
        {
            var returned = Invoke(grain);
            TResult result;
            switch (kind)
            {
                case GrainReturnKind.Task:
                    await (Task)returned;
                    result = default!;
                    break;
                case GrainReturnKind.ValueTask:
                    await (ValueTask)returned;
                    result = default!;
                    break;
                case GrainReturnKind.TaskOfResult:
                    result = await (Task<TResult>)returned;
                    break;
                default:
                    result = await (ValueTask<TResult>)returned;
                    break;
            }

            _result.TrySetResult(result);
        }
        catch (OperationCanceledException ex)
        {
            _result.TrySetCanceled(ex.CancellationToken);
        }
#pragma warning disable CA1031 // The grain's exception belongs to its caller.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _result.TrySetException(ex);
        }
    }

    public override void Fail(Exception exception) => _result.TrySetException(exception);
}

internal enum GrainReturnKind
{
    Task,
    ValueTask,
    TaskOfResult,
    ValueTaskOfResult,
}

/// <summary>Creates the calls of one grain interface method.</summary>
internal abstract class GrainCallFactory
{
    public abstract GrainCall Create(MethodInfo method, object?[] arguments);

    /// <summary>The factory for a method's return type, or null when it is not a task or value task.</summary>
    public static GrainCallFactory? For(Type returnType)
    {
        if (returnType == typeof(Task))
        {
            return new Factory<object?>(GrainReturnKind.Task);
        }

        if (returnType == typeof(ValueTask))
        {
            return new Factory<object?>(GrainReturnKind.ValueTask);
        }

        if (!returnType.IsGenericType)
        {
            return null;
        }

        var definition = returnType.GetGenericTypeDefinition();
        var kind = definition == typeof(Task<>) ? GrainReturnKind.TaskOfResult
            : definition == typeof(ValueTask<>) ? GrainReturnKind.ValueTaskOfResult
            : (GrainReturnKind?)null;
        return kind is null
            ? null
            : (GrainCallFactory)Activator.CreateInstance(typeof(Factory<>).MakeGenericType(returnType.GetGenericArguments()[0]), kind.Value)!;
    }

    private sealed class Factory<TResult>(GrainReturnKind kind) : GrainCallFactory
    {
        public override GrainCall Create(MethodInfo method, object?[] arguments) => new GrainCall<TResult>(method, arguments, kind);
    }
}
