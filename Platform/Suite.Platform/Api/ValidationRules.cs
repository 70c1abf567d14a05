using FluentValidation;

namespace Suite.Platform.Api;

/// <summary>Rules shared by request validators, failing with Mattermost's parameter error ids.</summary>
internal static class ValidationRules
{
    public const string InvalidUrlParam = "api.context.invalid_url_param.app_error";
    public const string InvalidBodyParam = "api.context.invalid_body_param.app_error";

    /// <summary>A 26-character id taken from the URL.</summary>
    public static IRuleBuilderOptions<T, string> IsIdInUrl<T>(this IRuleBuilder<T, string> rule, string parameter) =>
        rule.Must(Ids.IsValid).WithErrorCode(InvalidUrlParam).WithMessage($"Invalid or missing {parameter} parameter in request URL.");

    /// <summary>A 26-character id taken from the body.</summary>
    public static IRuleBuilderOptions<T, string> IsIdInBody<T>(this IRuleBuilder<T, string> rule, string parameter) =>
        rule.Must(Ids.IsValid).WithErrorCode(InvalidBodyParam).WithMessage($"Invalid or missing {parameter} in request body.");

    /// <summary>Fails with a Mattermost error id and message.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithAppError<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string id, string message) =>
        rule.WithErrorCode(id).WithMessage(message);
}
