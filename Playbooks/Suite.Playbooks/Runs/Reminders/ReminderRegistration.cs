using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Suite.Playbooks.Runs.Reminders;

internal static class ReminderRegistration
{
    public static IServiceCollection AddRunReminders(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new ReminderOptions();
        configuration.GetSection("Suite:Playbooks:Reminders").Bind(options);
        services.AddSingleton(options);
        services.AddSingleton<ReminderScanner>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderScanner>());
        return services;
    }
}
