using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Suite.Platform.Errors;
using Suite.Platform.Storage;

namespace Suite.Platform.Api;

/// <summary>Turns every failure into Mattermost's error JSON; never a stack trace.</summary>
internal sealed class ApiErrorMiddleware(RequestDelegate next, ILogger<ApiErrorMiddleware> logger)
{
    public const string DatabaseUnavailableId = "api.context.database_unavailable.app_error";

    private static readonly PathString PluginsPath = new("/plugins");

    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (Exception ex) when (!http.Response.HasStarted && !(ex is OperationCanceledException && http.RequestAborted.IsCancellationRequested))
        {
            var error = ToAppError(ex);
            if (error.Id == DatabaseUnavailableId)
            {
                logger.LogWarning("{Method} {Path}: the database is unavailable ({Reason})", http.Request.Method, http.Request.Path, ex.Message);
            }
            else if (error.Id == Cluster.ClusterFailures.NodeUnavailableId)
            {
                logger.LogWarning("{Method} {Path}: a cluster node is unavailable ({Reason})", http.Request.Method, http.Request.Path, ex.Message);
            }
            else if (error.StatusCode >= 500)
            {
                logger.LogError(ex, "{Method} {Path} failed with {Status}", http.Request.Method, http.Request.Path, error.StatusCode);
            }

            await WriteAsync(http, error);
        }
    }

    public static Task WriteAsync(HttpContext http, AppError error)
    {
        http.Response.Clear();
        http.Response.Headers["X-Request-Id"] = http.TraceIdentifier;
        http.Response.StatusCode = error.StatusCode;
        http.Response.ContentType = ApiJson.ContentType;
        if (http.Request.Path.StartsWithSegments(PluginsPath))
        {
            // Mattermost's plugins (Playbooks, Boards) answer their own shape, {"error": "..."}, which
            // has room for one text: the message, then the detail (the field and the rule it broke).
            var text = string.IsNullOrEmpty(error.DetailedError) ? error.Message : $"{error.Message} {error.DetailedError}";
            return JsonSerializer.SerializeAsync(http.Response.Body, new PluginErrorBody(text), ApiJson.Options, http.RequestAborted);
        }

        var body = new ErrorBody(error.Id, error.Message, error.DetailedError, http.TraceIdentifier, error.StatusCode);
        return JsonSerializer.SerializeAsync(http.Response.Body, body, ApiJson.Options, http.RequestAborted);
    }

    internal static AppError ToAppError(Exception exception) => exception switch
    {
        AppErrorException app => app.Error,
        BadHttpRequestException bad => new AppError("api.context.invalid_body_param.app_error", "The request could not be read.", bad.Message, 400),
        _ when IsDatabaseUnavailable(exception) => new AppError(
            DatabaseUnavailableId,
            "The database is unavailable. Try again in a moment.",
            "",
            503),
        _ when Cluster.ClusterFailures.IsNodeUnavailable(exception) => new AppError(
            Cluster.ClusterFailures.NodeUnavailableId,
            "A server of the cluster is unavailable. Try again in a moment.",
            exception.Message,
            503),
        _ => new AppError("api.context.unexpected.app_error", "An unexpected error occurred.", "", 500),
    };

    /// <summary>True when the database cannot be reached (down, restarting, refusing connections).</summary>
    internal static bool IsDatabaseUnavailable(Exception exception) => DatabaseFailures.IsUnavailable(exception);

    private sealed record PluginErrorBody(string Error);

    private sealed record ErrorBody(string Id, string Message, string DetailedError, string RequestId, int StatusCode);
}
