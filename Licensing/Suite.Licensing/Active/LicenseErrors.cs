using Suite.Licensing.Signing;
using Suite.Platform.Errors;

namespace Suite.Licensing.Active;

/// <summary>The errors license installation answers with, under Mattermost's ids.</summary>
internal static class LicenseErrors
{
    public static AppErrorException NoFile() =>
        new(400, "api.license.add_license.no_file.app_error", "No license file in the request: send it as the multipart field 'license'.");

    public static AppErrorException TooManyFiles() =>
        new(400, "api.license.add_license.too_many_files.app_error", "Send exactly one license file in the multipart field 'license'.");

    public static AppErrorException Invalid(LicenseRejectedException rejection) =>
        new(400, "api.license.add_license.invalid.app_error", $"Invalid license file. {rejection.Message}", $"reason={rejection.Reason}");

    public static AppErrorException Expired(string detail) =>
        new(400, "api.license.add_license.expired.app_error", $"License is either expired or has not started. {detail}");

    public static AppErrorException TooFewUsers(int licensed, long active) =>
        new(400, "api.license.add_license.unique_users.app_error",
            $"This license only supports {licensed} users, when your system has {active} active users. Deactivate users or get a license with more seats.",
            $"licensed={licensed}; active={active}");

    public static AppErrorException TrialUsed() =>
        new(400, "api.license.request-trial.can-start-trial.not-allowed",
            "This installation has already used its trial. Install a purchased license to keep using paid features.");
}
