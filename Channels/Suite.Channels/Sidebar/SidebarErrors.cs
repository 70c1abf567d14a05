using Suite.Platform.Errors;

namespace Suite.Channels.Sidebar;

internal static class SidebarErrors
{
    public static AppErrorException InvalidCategory(string detail) =>
        new(400, "api.context.invalid_param.app_error", "Invalid category parameter.", detail);

    public static AppErrorException NotCustom() =>
        new(400, "app.channel.sidebar_categories.app_error", "Only custom categories can be deleted.");
}
