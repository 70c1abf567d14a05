using System.Reflection;
using Suite.Platform.Licensing;

namespace Suite.Platform.Mediator;

/// <summary>Last behaviour: refuses a request marked <see cref="RequiresFeatureAttribute"/> unless the license enables the feature.</summary>
internal sealed class FeatureGateBehavior<TRequest, TResponse>(IFeatureGate gate) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    private static readonly string? Feature = typeof(TRequest).GetCustomAttribute<RequiresFeatureAttribute>()?.Feature;

    public Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        if (Feature is not null)
        {
            gate.Require(Feature);
        }

        return next(cancellationToken);
    }
}
