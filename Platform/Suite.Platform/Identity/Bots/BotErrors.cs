using Suite.Platform.Errors;

namespace Suite.Platform.Identity.Bots;

/// <summary>Bot errors with Mattermost's ids.</summary>
internal static class BotErrors
{
    public static AppErrorException NotFound() =>
        new(404, "store.sql_bot.get.missing.app_error", "Unable to find the bot.");

    public static AppErrorException CreationDisabled() =>
        new(403, "api.bot.create_disabled", "Bot creation has been disabled.");

    public static AppErrorException LoginForbidden() =>
        new(401, "api.user.login.bot_login_forbidden.app_error", "Bot login is forbidden.");
}
