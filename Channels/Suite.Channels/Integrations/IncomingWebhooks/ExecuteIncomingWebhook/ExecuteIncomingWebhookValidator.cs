using FluentValidation;

namespace Suite.Channels.Integrations.IncomingWebhooks.ExecuteIncomingWebhook;

/// <summary>Shape checks only; the handler answers the payload's problems with Mattermost's webhook error ids.</summary>
internal sealed class ExecuteIncomingWebhookValidator : AbstractValidator<ExecuteIncomingWebhookRequest>
{
    public ExecuteIncomingWebhookValidator() => RuleFor(r => r.Payload).NotNull();
}
