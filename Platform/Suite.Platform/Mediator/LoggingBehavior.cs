using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Suite.Platform.Errors;

namespace Suite.Platform.Mediator;

/// <summary>First behaviour: times every request, records the duration, logs slow and failed ones.</summary>
internal sealed class LoggingBehavior<TRequest, TResponse>(
    ILogger<LoggingBehavior<TRequest, TResponse>> logger,
    TimeProvider time,
    MediatorMetrics metrics) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    private static readonly string RequestName = typeof(TRequest).Name;
    private static readonly TimeSpan SlowRequest = TimeSpan.FromMilliseconds(500);

    public Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        Task<TResponse> task;
        try
        {
            task = next(cancellationToken);
        }
        catch (Exception ex)
        {
            Failed(ex, started);
            throw;
        }

        if (task.IsCompletedSuccessfully)
        {
            Completed(started);
            return task;
        }

        return AwaitAndRecord(task, started);
    }

    private async Task<TResponse> AwaitAndRecord(Task<TResponse> task, long started)
    {
        try
        {
            var response = await task;
            Completed(started);
            return response;
        }
        catch (Exception ex)
        {
            Failed(ex, started);
            throw;
        }
    }

    private void Completed(long started)
    {
        var elapsed = time.GetElapsedTime(started);
        metrics.RecordDuration(RequestName, elapsed);
        if (elapsed >= SlowRequest)
        {
            logger.LogWarning("{Request} took {ElapsedMs} ms", RequestName, elapsed.TotalMilliseconds);
        }
    }

    private void Failed(Exception exception, long started)
    {
        var elapsed = time.GetElapsedTime(started);
        metrics.RecordDuration(RequestName, elapsed);
        if (exception is AppErrorException appError)
        {
            logger.LogDebug("{Request} refused with {Status} {ErrorId}", RequestName, appError.Error.StatusCode, appError.Error.Id);
        }
        else if (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "{Request} failed after {ElapsedMs} ms", RequestName, elapsed.TotalMilliseconds);
        }
    }
}

/// <summary>The mediator's instruments, under the meter <c>Suite.Mediator</c>.</summary>
internal sealed class MediatorMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly Histogram<double> _duration;

    public MediatorMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create("Suite.Mediator");
        _duration = _meter.CreateHistogram<double>("suite.mediator.request.duration", "ms", "Time to handle a mediator request");
    }

    public void RecordDuration(string request, TimeSpan elapsed)
    {
        if (_duration.Enabled)
        {
            _duration.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("request", request));
        }
    }

    public void Dispose() => _meter.Dispose();
}
