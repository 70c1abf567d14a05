using FluentValidation;
using Suite.Platform.Api;
using Suite.Platform.Identity.Users;

namespace Suite.Platform.Identity.Bots;

/// <summary>Mattermost's bot field rules (<c>Bot.IsValid</c>).</summary>
internal static class BotRules
{
    public const int DisplayNameMaxLength = 64;
    public const int DescriptionMaxLength = 1024;

    public static IRuleBuilderOptions<T, string?> ValidDisplayName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || s.EnumerateRunes().Count() <= DisplayNameMaxLength)
            .WithAppError("model.bot.is_valid.display_name.app_error", $"The display name must be at most {DisplayNameMaxLength} characters.");

    public static IRuleBuilderOptions<T, string?> ValidDescription<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || s.EnumerateRunes().Count() <= DescriptionMaxLength)
            .WithAppError("model.bot.is_valid.description.app_error", $"The description must be at most {DescriptionMaxLength} characters.");

    public static IRuleBuilderOptions<T, string> ValidBotUsername<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(UserRules.IsValidUsername).WithAppError("model.bot.is_valid.username.app_error", "Invalid username.");
}
