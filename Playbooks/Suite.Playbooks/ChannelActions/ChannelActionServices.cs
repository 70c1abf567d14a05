using Microsoft.Extensions.DependencyInjection;
using Suite.Playbooks.Keywords;

namespace Suite.Playbooks.ChannelActions;

internal static class ChannelActionServices
{
    /// <summary>Channel actions and the keyword prompts they drive.</summary>
    public static IServiceCollection AddChannelActions(this IServiceCollection services)
    {
        services.AddSingleton<ChannelActionStore>();
        services.AddSingleton<ChannelActionAccess>();
        services.AddSingleton<Categorize.ChannelCategorizer>();
        services.AddSingleton<KeywordPromptStore>();
        services.AddSingleton<KeywordPostQueue>();
        return services.AddHostedService<KeywordPromptWorker>();
    }
}
