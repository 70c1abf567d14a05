namespace Suite.Platform.Errors;

/// <summary>Mattermost's error body: <c>{id, message, detailed_error, request_id, status_code}</c>.</summary>
/// <param name="Id">Stable translation key, for example <c>api.context.permissions.app_error</c>.</param>
/// <param name="Message">Readable message.</param>
/// <param name="DetailedError">Details for developers; empty unless useful and safe.</param>
/// <param name="StatusCode">The HTTP status.</param>
public sealed record AppError(string Id, string Message, string DetailedError, int StatusCode);

/// <summary>An error that reaches the client as Mattermost's error JSON with its status code.</summary>
public sealed class AppErrorException : Exception
{
    /// <summary>Creates the exception for an error.</summary>
    public AppErrorException(AppError error)
        : base(error?.Message)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>Creates the exception from the error's parts.</summary>
    public AppErrorException(int statusCode, string id, string message, string detailedError = "")
        : this(new AppError(id, message, detailedError, statusCode))
    {
    }

    /// <summary>The error sent to the client.</summary>
    public AppError Error { get; }

    /// <summary>400: a body parameter is missing or invalid.</summary>
    public static AppErrorException InvalidBody(string parameter, string detail = "") =>
        new(400, "api.context.invalid_body_param.app_error", $"Invalid or missing {parameter} in request body.", detail);

    /// <summary>400: a URL parameter is missing or invalid.</summary>
    public static AppErrorException InvalidUrl(string parameter) =>
        new(400, "api.context.invalid_url_param.app_error", $"Invalid or missing {parameter} parameter in request URL.");

    /// <summary>401: no valid session.</summary>
    public static AppErrorException Unauthorized() =>
        new(401, "api.context.session_expired.app_error", "Invalid or expired session, please login again.");

    /// <summary>403: signed in, but not allowed.</summary>
    public static AppErrorException Forbidden(string detail = "") =>
        new(403, "api.context.permissions.app_error", "You do not have the appropriate permissions.", detail);

    /// <summary>404: not found, or hidden from this user.</summary>
    public static AppErrorException NotFound(string what) =>
        new(404, "app.not_found.app_error", $"Unable to find the {what}.");

    /// <summary>409 or 400 for a uniqueness conflict.</summary>
    public static AppErrorException Conflict(string id, string message) => new(400, id, message);
}
