using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Suite.Platform.Api;
using Suite.Platform.Errors;

namespace Suite.Boards.Api;

/// <summary>
/// What Focalboard's API router does around every route: refuse requests without
/// <c>X-Requested-With: XMLHttpRequest</c> (every method, with 400 "checkCSRFToken FAILED"), and answer
/// failures as <c>{"error": "...", "errorCode": status}</c>.
/// </summary>
internal sealed class BoardsApiFilter : IEndpointFilter
{
    private const string RequestedWith = "X-Requested-With";
    private const string XmlHttpRequest = "XMLHttpRequest";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.Headers[RequestedWith] != XmlHttpRequest)
        {
            return Error(new AppError("api.boards.csrf", "checkCSRFToken FAILED", "", 400));
        }

        try
        {
            return await next(context);
        }
        catch (AppErrorException ex)
        {
            return Error(ex.Error);
        }
    }

    private static JsonHttpResult<ErrorBody> Error(AppError error)
    {
        var text = string.IsNullOrEmpty(error.DetailedError) ? error.Message : $"{error.Message} {error.DetailedError}";
        return TypedResults.Json(new ErrorBody(text, error.StatusCode), BoardsJson.Options, ApiJson.ContentType, error.StatusCode);
    }

    /// <summary>Focalboard's <c>ErrorResponse</c>.</summary>
    internal sealed record ErrorBody(string Error, int ErrorCode);
}
