using FluentValidation;
using Suite.Channels.Integrations.IncomingWebhooks;
using Suite.Platform;

namespace Suite.Channels.Integrations.OutgoingWebhooks;

/// <summary>The fields a client sends to create or update an outgoing webhook.</summary>
internal interface IOutgoingWebhookFields
{
    string TeamId { get; }
    string ChannelId { get; }
    string DisplayName { get; }
    string Description { get; }
    IReadOnlyList<string> TriggerWords { get; }
    int TriggerWhen { get; }
    IReadOnlyList<string> CallbackUrls { get; }
    string ContentType { get; }
    string Username { get; }
    string IconUrl { get; }
}

/// <summary>Mattermost's limits on an outgoing webhook's fields, shared by create and update.</summary>
internal static class OutgoingWebhookRules
{
    public static void HookFields<T>(this AbstractValidator<T> validator)
        where T : IOutgoingWebhookFields
    {
        validator.RuleFor(r => r.TeamId).Must(Ids.IsValid).OverridePropertyName("team_id").WithMessage("must be a valid id.");
        validator.RuleFor(r => r.ChannelId).Must(c => c.Length == 0 || Ids.IsValid(c)).OverridePropertyName("channel_id").WithMessage("must be empty or a valid id.");
        validator.RuleFor(r => r.DisplayName).MaximumLength(64).OverridePropertyName("display_name");
        validator.RuleFor(r => r.Description).MaximumLength(500).OverridePropertyName("description");
        validator.RuleFor(r => r.Username).MaximumLength(64).OverridePropertyName("username");
        validator.RuleFor(r => r.IconUrl).MaximumLength(1024).Must(u => u.Length == 0 || IncomingWebhookRules.IsHttpUrl(u))
            .OverridePropertyName("icon_url").WithMessage("must be an http or https URL.");
        validator.RuleFor(r => r.TriggerWhen).InclusiveBetween(0, 1).OverridePropertyName("trigger_when");
        validator.RuleFor(r => r.ContentType).Must(c => c is "" or OutgoingWebhook.FormContent or OutgoingWebhook.JsonContent)
            .OverridePropertyName("content_type").WithMessage($"must be {OutgoingWebhook.FormContent} or {OutgoingWebhook.JsonContent}.");
        validator.RuleFor(r => r.TriggerWords).Must(w => w.Count <= 100 && w.All(t => t.Length is > 0 and <= 64 && !t.Any(char.IsWhiteSpace)))
            .OverridePropertyName("trigger_words").WithMessage("must be single words of at most 64 characters.");
        validator.RuleFor(r => r.CallbackUrls).Must(u => u.Count is > 0 and <= 20 && u.All(IncomingWebhookRules.IsHttpUrl))
            .OverridePropertyName("callback_urls").WithMessage("must hold one to twenty http or https URLs.");
        validator.RuleFor(r => r).Must(r => r.ChannelId.Length > 0 || r.TriggerWords.Count > 0)
            .OverridePropertyName("trigger_words").WithMessage("are required when the hook has no channel.");
    }

    /// <summary>Empty words dropped and each kept once, as Mattermost stores them.</summary>
    public static string[] Words(IReadOnlyList<string> words) => words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
}
