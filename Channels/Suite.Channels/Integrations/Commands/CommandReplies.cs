using System.Text.Json;
using Suite.Channels.Channels;
using Suite.Channels.Posts;
using Suite.Platform;
using Suite.Platform.Realtime;

namespace Suite.Channels.Integrations.Commands;

/// <summary>
/// Applies a command's response: <c>in_channel</c> becomes a post (from a webhook for custom commands),
/// anything else an ephemeral post only the invoker sees (the <c>ephemeral_message</c> event, not stored).
/// </summary>
internal sealed class CommandReplies(ChannelStore channels, WebhookPosts posts, IRealtimePublisher realtime, IntegrationsOptions options, TimeProvider time)
{
    public async Task ApplyAsync(CommandResponseBody response, Channel channel, string userId, string rootId, Command? custom, CancellationToken cancellationToken)
    {
        foreach (var reply in new[] { response }.Concat(response.ExtraResponses ?? []))
        {
            var attachments = SlackMessages.Attachments(reply.Attachments, convertText: !reply.SkipSlackParsing);
            if (reply.Text.Length == 0 && attachments is null)
            {
                continue;
            }

            if (reply.ResponseType == "in_channel")
            {
                var target = channel;
                if (reply.ChannelId.Length > 0 && reply.ChannelId != channel.Id)
                {
                    target = await channels.FindAsync(reply.ChannelId, cancellationToken) is { } other && await channels.IsMemberAsync(other.Id, userId, cancellationToken)
                        ? other
                        : channel;
                }

                WebhookPosts.EnsureValidType(reply.Type);
                await posts.CreateAsync(target, userId, new WebhookMessage
                {
                    Text = reply.Text,
                    Attachments = attachments,
                    Props = reply.Props,
                    Type = reply.Type,
                    RootId = rootId,
                    SkipSlackParsing = reply.SkipSlackParsing,
                    FromWebhook = custom is not null,
                    OverrideUsername = custom is not null && options.EnablePostUsernameOverride ? First(custom.Username, reply.Username) : "",
                    OverrideIconUrl = custom is not null && options.EnablePostIconOverride ? First(custom.IconUrl, reply.IconUrl) : "",
                }, cancellationToken);
            }
            else
            {
                await EphemeralAsync(channel.Id, userId, rootId, reply.SkipSlackParsing ? reply.Text : SlackMessages.ToMarkdown(reply.Text), attachments?.ToJsonString(), cancellationToken);
            }
        }
    }

    /// <summary>Shows <paramref name="text"/> (already converted from Slack's markup if it should be) to the user only.</summary>
    public async Task EphemeralAsync(string channelId, string userId, string rootId, string text, string? attachmentsJson, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var props = attachmentsJson is null ? PostProps.Empty : JsonDocument.Parse($"{{\"attachments\":{attachmentsJson}}}").RootElement.Clone();
        var post = new Post
        {
            Id = Ids.New(),
            CreateAt = now,
            UpdateAt = now,
            UserId = userId,
            ChannelId = channelId,
            RootId = rootId,
            Message = text,
            Type = "system_ephemeral",
            Props = props,
        };
        await realtime.PublishAsync(
            "ephemeral_message",
            new { post = JsonSerializer.Serialize(post, Platform.Api.ApiJson.Options) },
            new Broadcast { UserId = userId, ChannelId = channelId },
            cancellationToken);
    }

    private static string First(string preferred, string fallback) => preferred.Length > 0 ? preferred : fallback;
}
