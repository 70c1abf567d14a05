using Suite.Platform.Errors;

namespace Suite.Platform.Web.Components.Shared;

/// <summary>Turns a failed request into a sentence a person can act on; never a stack trace.</summary>
internal static class UiErrors
{
    public static string Describe(Exception exception) => exception switch
    {
        AppErrorException app => app.Error.Message,
        OperationCanceledException => "The request took too long. Please try again.",
        _ => "Something went wrong on the server. Please try again.",
    };
}
