using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Commands;

namespace Suite.Playbooks.SlashCommand;

internal static class PlaybookCommandServices
{
    public static IServiceCollection AddPlaybookCommand(this IServiceCollection services)
    {
        services.AddSingleton<ChannelRuns>();
        services.AddSingleton<StartRun>();
        services.AddSingleton<RunChanges>();
        services.AddSingleton<RunReports>();
        services.AddSingleton<AddToTimeline>();
        return services.AddSlashCommand<PlaybookCommand>();
    }
}
