using Suite.Platform.Errors;

namespace Suite.Channels.Integrations;

/// <summary>Mattermost's error ids for webhooks and commands.</summary>
internal static class IntegrationErrors
{
    public static AppErrorException IncomingDisabled() =>
        new(501, "api.incoming_webhook.disabled.app_error", "Incoming webhooks have been disabled by the system admin.");

    public static AppErrorException OutgoingDisabled() =>
        new(501, "api.outgoing_webhook.disabled.app_error", "Outgoing webhooks have been disabled by the system admin.");

    public static AppErrorException CommandsDisabled() =>
        new(501, "api.command.disabled.app_error", "Commands have been disabled by the system admin.");

    public static AppErrorException InvalidHook() =>
        new(400, "web.incoming_webhook.invalid.app_error", "Invalid webhook.");

    public static AppErrorException InvalidPayload(string detail) =>
        new(400, "web.incoming_webhook.parse.app_error", "Unable to parse incoming data.", detail);

    public static AppErrorException EmptyText() =>
        new(400, "web.incoming_webhook.text.app_error", "No text specified.");

    public static AppErrorException UnknownChannel(string name) =>
        new(400, "web.incoming_webhook.channel.app_error", "Couldn't find the channel.", $"No channel named '{name}'.");

    public static AppErrorException ChannelLocked() =>
        new(403, "web.incoming_webhook.channel_locked.app_error", "This webhook is not permitted to post to the requested channel.");

    public static AppErrorException ChannelForbidden() =>
        new(403, "web.incoming_webhook.permissions.app_error", "The webhook's owner may not post to the requested channel.");

    public static AppErrorException CreatorInactive() =>
        new(403, "web.incoming_webhook.user.app_error", "The webhook's creator is deactivated; the webhook no longer posts.");

    public static AppErrorException RateLimited() =>
        new(429, "api.context.rate_limited.app_error", "Too many requests for this webhook; try again later.");

    public static AppErrorException HookNotFound(string kind) =>
        new(404, $"app.webhooks.get_{kind}_webhook.app_error", "Unable to find the webhook.");
}
