using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Suite.Platform.Modules;

/// <summary>
/// A module the host discovers in its build output folder and loads at start-up. The host
/// scans the module's assembly for mediator handlers, validators and authorizers and applies
/// the SQL migrations embedded under <c>Migrations/</c> into <see cref="Schema"/>.
/// </summary>
public interface ISuiteModule
{
    /// <summary>Unique module name, as listed in <c>Suite:Modules</c>.</summary>
    string Name { get; }

    /// <summary>Module version, reported by its info endpoint.</summary>
    Version Version { get; }

    /// <summary>Names of modules that must be loaded (and start) before this one.</summary>
    IReadOnlyList<string> DependsOn { get; }

    /// <summary>The PostgreSQL schema the module owns; its migrations run in it.</summary>
    string Schema { get; }

    /// <summary>Features of paid editions this module gates.</summary>
    IReadOnlyList<LicensedFeature> Features { get; }

    /// <summary>Registers the module's own services beyond the scanned handlers.</summary>
    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps the module's HTTP endpoints.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
