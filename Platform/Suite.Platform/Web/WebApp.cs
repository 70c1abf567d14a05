using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Modules;
using Suite.Platform.Web.Components;

namespace Suite.Platform.Web;

/// <summary>The web app: interactive server components at <c>/</c>, with every UI module's pages.</summary>
internal static class WebApp
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    public static void AddServices(IServiceCollection services, ModuleCatalog modules)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddSingleton(new ModuleUiCatalog(modules));
        services.AddSingleton<IUiSlots>(sp => sp.GetRequiredService<ModuleUiCatalog>());
        services.AddScoped<CircuitUser>();
        services.AddScoped<ICircuitUser>(sp => sp.GetRequiredService<CircuitUser>());
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<CircuitUser>());
    }

    public static void Map(WebApplication app)
    {
        var ui = app.Services.GetRequiredService<ModuleUiCatalog>();
        app.UseAntiforgery();
        app.MapGet("/_framework/blazor.web.js", (HttpContext http) => Asset(http, "blazor.web.js"));
        app.MapGet("/web/{file}", (HttpContext http, string file) => Asset(http, file));
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies([.. ui.Assemblies]);
    }

    private static IResult Asset(HttpContext http, string file)
    {
        var stream = typeof(WebApp).Assembly.GetManifestResourceStream("web/" + file);
        if (stream is null || !ContentTypes.TryGetValue(Path.GetExtension(file), out var contentType))
        {
            stream?.Dispose();
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = "no-cache";
        return Results.Stream(stream, contentType);
    }
}
