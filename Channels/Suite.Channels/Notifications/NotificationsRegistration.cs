using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Suite.Channels.Notifications;

/// <summary>Email and mobile push notifications of new posts.</summary>
internal static class NotificationsRegistration
{
    public static void AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(NotificationSettings.From(configuration));
        services.AddSingleton<NotificationQueue>();
        services.AddSingleton<EmailNotifier>();
        services.AddHostedService(sp => sp.GetRequiredService<EmailNotifier>());
        services.AddSingleton<PushNotifier>();
        services.AddSingleton<NotificationDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationDispatcher>());
    }
}
