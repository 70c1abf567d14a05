using Microsoft.Extensions.DependencyInjection;

namespace Suite.Channels.Sidebar;

internal static class SidebarServices
{
    public static IServiceCollection AddSidebar(this IServiceCollection services) => services
        .AddSingleton<SidebarStore>()
        .AddSingleton<SidebarEvents>()
        .AddSingleton<SidebarAccess>()
        .AddSingleton<SidebarUpdates>();
}
