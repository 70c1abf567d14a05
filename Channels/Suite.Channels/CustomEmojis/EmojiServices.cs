using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Configuration;

namespace Suite.Channels.CustomEmojis;

internal static class EmojiServices
{
    public static IServiceCollection AddCustomEmoji(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLiveOptions<EmojiOptions>(configuration, "Suite:Emoji");
        services.AddConfigSettings(EmojiOptions.Setting);
        return services
            .AddSingleton<EmojiStore>()
            .AddSingleton<EmojiAccess>()
            .AddSingleton<EmojiEvents>();
    }
}
