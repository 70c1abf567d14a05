using Microsoft.JSInterop;
using Suite.Platform.Errors;
using Suite.Platform.Storage;

namespace Suite.Platform.Web.Components.Shared;

/// <summary>Turns a failed request into a sentence a person can act on; never a stack trace.</summary>
internal static class UiErrors
{
    public static string Describe(Exception exception) => exception switch
    {
        AppErrorException app => app.Error.Message,
        OperationCanceledException or TimeoutException or JSException => "The request took too long. Please try again.",
        _ when DatabaseFailures.IsUnavailable(exception) => "The database is unavailable. Try again in a moment.",
        _ => "Something went wrong on the server. Please try again.",
    };
}
