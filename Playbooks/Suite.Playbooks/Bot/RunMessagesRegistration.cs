using Microsoft.Extensions.DependencyInjection;
using Suite.Playbooks.Runs;
using Suite.Playbooks.Runs.CreateRun;
using Suite.Playbooks.Runs.FinishRun;
using Suite.Playbooks.Runs.Followers;
using Suite.Playbooks.Runs.Reminders;

namespace Suite.Playbooks.Bot;

internal static class RunMessagesRegistration
{
    /// <summary>The bot and what it says about runs: announcements, broadcasts, followers' messages, reminders.</summary>
    public static IServiceCollection AddRunMessages(this IServiceCollection services)
    {
        services.AddSingleton<PlaybooksBot>();
        services.AddSingleton<EphemeralMessages>();
        services.AddSingleton<RunViewers>();
        services.AddSingleton<RunFollowerMessages>();
        services.AddSingleton<RunBroadcastChannels>();
        services.AddSingleton<RunStartedAnnouncement>();
        services.AddSingleton<RunFinishedAnnouncement>();
        services.AddSingleton<PreviousReminder>();
        return services;
    }
}
