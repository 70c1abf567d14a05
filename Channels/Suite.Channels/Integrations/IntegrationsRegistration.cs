using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Channels.Integrations.Commands;
using Suite.Channels.Integrations.Commands.BuiltIn;
using Suite.Channels.Integrations.Commands.CommandResponseUrl;
using Suite.Channels.Integrations.Commands.CreateCommand;
using Suite.Channels.Integrations.Commands.DeleteCommand;
using Suite.Channels.Integrations.Commands.ExecuteCommand;
using Suite.Channels.Integrations.Commands.GetAutocompleteCommands;
using Suite.Channels.Integrations.Commands.GetCommand;
using Suite.Channels.Integrations.Commands.GetCommands;
using Suite.Channels.Integrations.Commands.RegenCommandToken;
using Suite.Channels.Integrations.Commands.UpdateCommand;
using Suite.Channels.Integrations.IncomingWebhooks;
using Suite.Channels.Integrations.IncomingWebhooks.CreateIncomingWebhook;
using Suite.Channels.Integrations.IncomingWebhooks.DeleteIncomingWebhook;
using Suite.Channels.Integrations.IncomingWebhooks.ExecuteIncomingWebhook;
using Suite.Channels.Integrations.IncomingWebhooks.GetIncomingWebhook;
using Suite.Channels.Integrations.IncomingWebhooks.GetIncomingWebhooks;
using Suite.Channels.Integrations.IncomingWebhooks.UpdateIncomingWebhook;
using Suite.Channels.Integrations.OutgoingWebhooks;
using Suite.Channels.Integrations.OutgoingWebhooks.CreateOutgoingWebhook;
using Suite.Channels.Integrations.OutgoingWebhooks.DeleteOutgoingWebhook;
using Suite.Channels.Integrations.OutgoingWebhooks.Delivery;
using Suite.Channels.Integrations.OutgoingWebhooks.GetOutgoingWebhook;
using Suite.Channels.Integrations.OutgoingWebhooks.GetOutgoingWebhooks;
using Suite.Channels.Integrations.OutgoingWebhooks.RegenOutgoingWebhookToken;
using Suite.Channels.Integrations.OutgoingWebhooks.UpdateOutgoingWebhook;
using Suite.Platform.Commands;
using Suite.Platform.Configuration;

namespace Suite.Channels.Integrations;

/// <summary>The integrations part of the Channels module: webhooks and slash commands.</summary>
internal static class IntegrationsRegistration
{
    public static void AddIntegrations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLiveOptions<IntegrationsOptions>(configuration, "Suite:Integrations");
        services.AddSingleton<IntegrationAccess>();
        services.AddSingleton<WebhookPosts>();
        services.AddSingleton<IncomingWebhookStore>();
        services.AddSingleton<IncomingWebhookRateLimiter>();

        services.AddSingleton<OutgoingWebhookStore>();
        services.AddSingleton<OutgoingWebhookQueue>();
        services.AddSingleton<OutgoingWebhookSender>();
        services.AddSingleton<OutgoingWebhookDeliveryStore>();
        services.AddSingleton<OutgoingWebhookDeliveryWorker>();

        // Hosted services stop in reverse order: the matcher stores what is left in memory before the worker stops.
        services.AddHostedService(sp => sp.GetRequiredService<OutgoingWebhookDeliveryWorker>());
        services.AddHostedService<OutgoingWebhookMatcher>();

        services.AddHttpContextAccessor();
        services.AddSingleton<CommandStore>();
        services.AddSingleton<CommandAccess>();
        services.AddSingleton<CommandReplies>();
        services.AddSingleton<CustomCommandCaller>();
        services.AddSingleton<DelayedEchoes>();
        services.AddSlashCommand<EchoCommand>();
        services.AddSlashCommand<ShrugCommand>();
        services.AddSlashCommand<MeCommand>();
        services.AddSlashCommand<CodeCommand>();
        services.AddSlashCommand<JoinCommand>();
        services.AddSlashCommand<LeaveCommand>();
        services.AddSlashCommand<HeaderCommand>();
        services.AddSlashCommand<PurposeCommand>();
        services.AddSlashCommand<RenameCommand>();
        services.AddSlashCommand<MuteCommand>();
        services.AddSlashCommand<KickCommand>();
        services.AddSlashCommand<RemoveCommand>();
        services.AddSlashCommand<InviteCommand>();
        services.AddSlashCommand<MsgCommand>();
        services.AddSlashCommand<HelpCommand>();
        services.AddSlashCommand<OnlineCommand>();
        services.AddSlashCommand<AwayCommand>();
        services.AddSlashCommand<OfflineCommand>();
        services.AddSlashCommand<DoNotDisturbCommand>();
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

        api.MapCreateOutgoingWebhook();
        api.MapGetOutgoingWebhooks();
        api.MapGetOutgoingWebhook();
        api.MapUpdateOutgoingWebhook();
        api.MapDeleteOutgoingWebhook();
        api.MapRegenOutgoingWebhookToken();

        api.MapCreateCommand();
        api.MapGetCommands();
        api.MapGetCommand();
        api.MapUpdateCommand();
        api.MapRegenCommandToken();
        api.MapGetAutocompleteCommands();
        api.MapDeleteCommand();
        api.MapExecuteCommand();
        root.MapCommandResponseUrl();
    }
}
