using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Channels.Integrations.IncomingWebhooks;
using Suite.Channels.Integrations.IncomingWebhooks.CreateIncomingWebhook;
using Suite.Channels.Integrations.IncomingWebhooks.DeleteIncomingWebhook;
using Suite.Channels.Integrations.IncomingWebhooks.ExecuteIncomingWebhook;
using Suite.Channels.Integrations.IncomingWebhooks.GetIncomingWebhook;
using Suite.Channels.Integrations.IncomingWebhooks.GetIncomingWebhooks;
using Suite.Channels.Integrations.IncomingWebhooks.UpdateIncomingWebhook;

namespace Suite.Channels.Integrations;

/// <summary>The integrations part of the Channels module: webhooks and slash commands.</summary>
internal static class IntegrationsRegistration
{
    public static void AddIntegrations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(IntegrationsOptions.From(configuration));
        services.AddSingleton<IntegrationAccess>();
        services.AddSingleton<WebhookPosts>();
        services.AddSingleton<IncomingWebhookStore>();
        services.AddSingleton<IncomingWebhookRateLimiter>();
    }

    /// <summary>Maps the <c>/api/v4</c> routes on <paramref name="api"/> and the public <c>/hooks/...</c> routes on <paramref name="root"/>.</summary>
    public static void MapIntegrations(this IEndpointRouteBuilder api, IEndpointRouteBuilder root)
    {
        api.MapCreateIncomingWebhook();
        api.MapGetIncomingWebhooks();
        api.MapGetIncomingWebhook();
        api.MapUpdateIncomingWebhook();
        api.MapDeleteIncomingWebhook();
        root.MapExecuteIncomingWebhook();
    }
}
