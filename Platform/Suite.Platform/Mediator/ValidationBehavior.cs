using System.Text.Json;
using FluentValidation;
using Suite.Platform.Errors;

namespace Suite.Platform.Mediator;

/// <summary>
/// Second behaviour: runs the request's FluentValidation validators; failures become 400 naming each
/// field, or carrying the first failure's Mattermost error id when its error code is one (<c>*.app_error</c>).
/// </summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    private readonly IValidator<TRequest>[] _validators = validators.ToArray();

    public Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken) =>
        _validators.Length == 0 ? next(cancellationToken) : ValidateThenHandle(request, next, cancellationToken);

    private async Task<TResponse> ValidateThenHandle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in _validators)
        {
            var result = await validator.ValidateAsync(request, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw ToAppError(failures);
        }

        return await next(cancellationToken);
    }

    private static AppErrorException ToAppError(List<FluentValidation.Results.ValidationFailure> failures)
    {
        var first = failures[0];
        if (first.ErrorCode is { } code && code.EndsWith(".app_error", StringComparison.Ordinal))
        {
            return new AppErrorException(400, code, first.ErrorMessage, $"{WireName(first.PropertyName)}: {first.ErrorMessage}");
        }

        var fields = failures.Select(f => WireName(f.PropertyName)).Distinct().ToArray();
        var details = string.Join("; ", failures.Select(f => $"{WireName(f.PropertyName)}: {f.ErrorMessage}"));
        return new AppErrorException(
            400,
            "api.context.invalid_body_param.app_error",
            $"Invalid or missing {string.Join(", ", fields)} in request body.",
            details);
    }

    private static string WireName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.SnakeCaseLower.ConvertName));
}
