using Microsoft.Extensions.DependencyInjection;

namespace Suite.Channels.Threads;

internal static class ThreadServices
{
    public static IServiceCollection AddThreads(this IServiceCollection services) => services
        .AddSingleton<ThreadStore>()
        .AddSingleton<ThreadResponses>()
        .AddSingleton<ThreadEvents>()
        .AddSingleton<ThreadAccess>()
        .AddSingleton<ThreadReading>();
}
