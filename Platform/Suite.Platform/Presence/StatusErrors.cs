using Suite.Platform.Errors;

namespace Suite.Platform.Presence;

internal static class StatusErrors
{
    public static AppErrorException UserNotFound() =>
        new(404, "api.status.user_not_found.app_error", "Unable to find the user.");
}
