using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Suite.Platform.Modules;

/// <summary>Convenience base for modules: no dependencies, no services, no gated features unless overridden.</summary>
public abstract class SuiteModule : ISuiteModule
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public virtual Version Version => GetType().Assembly.GetName().Version ?? new Version(0, 0);

    /// <inheritdoc />
    public virtual IReadOnlyList<string> DependsOn => [];

    /// <inheritdoc />
    public virtual string Schema => Name.ToLowerInvariant();

    /// <inheritdoc />
    public virtual IReadOnlyList<LicensedFeature> Features => [];

    /// <inheritdoc />
    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <inheritdoc />
    public abstract void MapEndpoints(IEndpointRouteBuilder endpoints);
}
