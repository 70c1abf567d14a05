using Suite.Platform.Errors;

namespace Suite.Platform.Identity.Users;

/// <summary>Account errors with Mattermost's ids.</summary>
internal static class UserErrors
{
    public static AppErrorException UsernameExists() =>
        new(400, "app.user.save.username_exists.app_error", "An account with that username already exists.");

    public static AppErrorException EmailExists() =>
        new(400, "app.user.save.email_exists.app_error", "An account with that email already exists.");

    public static AppErrorException NotFound() =>
        new(404, "app.user.missing_account.const", "Unable to find the user.");

    public static AppErrorException InvalidCredentials() =>
        new(401, "api.user.login.invalid_credentials_email_username", "Enter a valid email or username and/or password.");

    public static AppErrorException Deactivated() =>
        new(401, "api.user.login.inactive.app_error", "Login failed because your account has been deactivated. Please contact an administrator.");

    public static AppErrorException WrongPassword() =>
        new(401, "api.user.check_user_password.invalid.app_error", "Login failed because of invalid password.");
}
