using System.Reflection;
using Suite.Platform.Errors;
using Suite.Platform.Licensing;

namespace Suite.Platform.Mediator;

/// <summary>Last behaviour: refuses a request marked <see cref="RequiresFeatureAttribute"/> unless the license enables the feature.</summary>
internal sealed class FeatureGateBehavior<TRequest, TResponse>(IFeatureGate gate) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    private static readonly string? Feature = typeof(TRequest).GetCustomAttribute<RequiresFeatureAttribute>()?.Feature;

    public Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        if (Feature is not null && !gate.IsEnabled(Feature))
        {
            throw FeatureUnavailable(gate, Feature);
        }

        return next(cancellationToken);
    }

    private static AppErrorException FeatureUnavailable(IFeatureGate gate, string key)
    {
        var feature = gate.Find(key);
        var name = feature?.DisplayName ?? key;
        var edition = feature is null ? "a paid edition" : $"the {feature.Edition} edition";
        return new AppErrorException(
            403,
            "api.license.feature_unavailable.app_error",
            $"{name} requires {edition}. Start a trial or install a license to use it.",
            feature is null ? $"feature={key}" : $"feature={key}; edition={feature.Edition}");
    }
}
