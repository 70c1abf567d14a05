using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Suite.Platform.Modules;

/// <summary>The endpoint every module contributes to report itself.</summary>
public static class ModuleInfoEndpoint
{
    /// <summary>Maps <c>GET /api/v4/modules/{name}</c> answering the module's name and version.</summary>
    public static RouteHandlerBuilder MapModuleInfo(this IEndpointRouteBuilder endpoints, ISuiteModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var info = new ModuleInfo(module.Name, module.Version.ToString(), module.Schema);
        return endpoints.MapGet($"/api/v4/modules/{module.Name.ToLowerInvariant()}", () => Results.Json(info, contentType: "application/json"))
            .AllowAnonymous();
    }
}

/// <summary>What a module reports about itself.</summary>
/// <param name="Name">Module name.</param>
/// <param name="Version">Module version.</param>
/// <param name="Schema">The PostgreSQL schema it owns.</param>
public sealed record ModuleInfo(string Name, string Version, string Schema);
