using Suite.Channels.Channels;
using Suite.Platform;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.IncomingWebhooks.ExecuteIncomingWebhook;

internal sealed class ExecuteIncomingWebhookHandler(
    IncomingWebhookStore hooks, ChannelStore channels, IUserDirectory users, WebhookPosts posts, IncomingWebhookRateLimiter limiter,
    IntegrationsOptions options, TimeProvider time)
    : IRequestHandler<ExecuteIncomingWebhookRequest, Unit>
{
    public async Task<Unit> Handle(ExecuteIncomingWebhookRequest request, CancellationToken cancellationToken)
    {
        if (!options.EnableIncomingWebhooks)
        {
            throw IntegrationErrors.IncomingDisabled();
        }

        var hook = (Ids.IsValid(request.HookId) ? await hooks.FindAsync(request.HookId, cancellationToken) : null) ?? throw IntegrationErrors.InvalidHook();
        if (await users.FindByIdsAsync([hook.UserId], cancellationToken) is not [{ IsDeleted: false }])
        {
            throw IntegrationErrors.CreatorInactive();
        }

        if (!limiter.TryAcquire(hook.Id))
        {
            throw IntegrationErrors.RateLimited();
        }

        var payload = request.Payload;
        var attachments = SlackMessages.Attachments(payload.Attachments);
        if (string.IsNullOrWhiteSpace(payload.Text) && attachments is null)
        {
            throw IntegrationErrors.EmptyText();
        }

        if (payload.Props is { } props && props.ValueKind is not (System.Text.Json.JsonValueKind.Object or System.Text.Json.JsonValueKind.Null))
        {
            throw IntegrationErrors.InvalidPayload("props must be an object.");
        }

        WebhookPosts.EnsureValidType(payload.Type ?? "");
        var priority = WebhookPosts.Priority(payload.Priority);
        var channel = await TargetChannelAsync(hook, payload.Channel, cancellationToken);

        var message = new WebhookMessage
        {
            Text = payload.Text ?? "",
            Attachments = attachments,
            Props = payload.Props,
            Type = payload.Type ?? "",
            Priority = priority,
            WebhookDisplayName = hook.DisplayName,
            OverrideUsername = options.EnablePostUsernameOverride ? FirstOf(payload.Username, hook.Username, "webhook") : "",
            OverrideIconUrl = options.EnablePostIconOverride ? FirstOf(payload.IconUrl, hook.IconUrl, "") : "",
            OverrideIconEmoji = options.EnablePostIconOverride ? payload.IconEmoji?.Trim() ?? "" : "",
        };
        await posts.CreateAsync(channel, hook.UserId, message, cancellationToken);
        return Unit.Value;
    }

    private static string FirstOf(string? first, string second, string fallback) =>
        !string.IsNullOrWhiteSpace(first) ? first : second.Length > 0 ? second : fallback;

    /// <summary>The hook's channel, or the payload's <c>channel</c> (<c>name</c>, <c>#name</c> or <c>@username</c>) when the hook is not locked.</summary>
    private async Task<Channel> TargetChannelAsync(IncomingWebhook hook, string? requested, CancellationToken cancellationToken)
    {
        Channel? channel;
        if (string.IsNullOrWhiteSpace(requested))
        {
            channel = await channels.FindAsync(hook.ChannelId, cancellationToken);
        }
        else if (requested.StartsWith('@'))
        {
            channel = await DirectChannelAsync(hook.UserId, requested[1..].ToLowerInvariant(), cancellationToken);
        }
        else
        {
            var name = requested.TrimStart('#').ToLowerInvariant();
            channel = await channels.FindByNameAsync(hook.TeamId, name, cancellationToken) ?? throw IntegrationErrors.UnknownChannel(name);
        }

        if (channel is null)
        {
            throw IntegrationErrors.UnknownChannel(requested ?? "");
        }

        if (hook.ChannelLocked && channel.Id != hook.ChannelId)
        {
            throw IntegrationErrors.ChannelLocked();
        }

        if (channel.IsArchived)
        {
            throw ChannelErrors.Archived();
        }

        if (channel.Type != ChannelTypes.Open && !await channels.IsMemberAsync(channel.Id, hook.UserId, cancellationToken))
        {
            throw IntegrationErrors.ChannelForbidden();
        }

        return channel;
    }

    private async Task<Channel> DirectChannelAsync(string ownerId, string username, CancellationToken cancellationToken)
    {
        var user = (await users.FindByUsernamesAsync([username], cancellationToken)).FirstOrDefault(u => !u.IsDeleted)
            ?? throw IntegrationErrors.UnknownChannel("@" + username);
        var name = ChannelNames.Direct(ownerId, user.Id);
        if (await channels.FindByNameAsync("", name, cancellationToken) is { } existing)
        {
            return existing;
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var channel = new Channel { Id = Ids.New(), Type = ChannelTypes.Direct, Name = name, CreatorId = ownerId, CreateAt = now, UpdateAt = now };
        var members = new[] { ownerId, user.Id }.Distinct().Select(id => new ChannelMember { ChannelId = channel.Id, UserId = id, LastUpdateAt = now });
        return await channels.InsertAsync(channel, members, cancellationToken)
            ? channel
            : await channels.FindByNameAsync("", name, cancellationToken) ?? throw ChannelErrors.NotFound();
    }
}
