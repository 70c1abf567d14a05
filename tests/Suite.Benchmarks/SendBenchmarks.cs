using BenchmarkDotNet.Attributes;
using Suite.Platform.Mediator;

namespace Suite.Benchmarks;

/// <summary>
/// A signed-in user's request with no validator, no authorizer and no feature gate: the cost of the
/// four behaviours and the pipeline over calling the handler directly.
/// </summary>
[MemoryDiagnoser]
public class SendBenchmarks
{
    private readonly GetWidget _request = new(42);
    private MediatorHost _host = null!;
    private ISender _sender = null!;
    private IRequestHandler<GetWidget, Widget> _handler = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = new MediatorHost();
        _sender = _host.Get<ISender>();
        _handler = _host.Get<IRequestHandler<GetWidget, Widget>>();
    }

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();

    [Benchmark(Baseline = true)]
    public Task<Widget> DirectHandlerCall() => _handler.Handle(_request, CancellationToken.None);

    [Benchmark]
    public Task<Widget> SendThroughPipeline() => _sender.Send(_request);
}

public sealed record GetWidget(int Id) : IRequest<Widget>;

public sealed record Widget(int Id, string Name);

internal sealed class GetWidgetHandler : IRequestHandler<GetWidget, Widget>
{
    public Task<Widget> Handle(GetWidget request, CancellationToken cancellationToken) =>
        Task.FromResult(new Widget(request.Id, "Widget"));
}
