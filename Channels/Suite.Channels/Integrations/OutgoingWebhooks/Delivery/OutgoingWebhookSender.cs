using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Suite.Channels.Channels;
using Suite.Channels.Contracts;
using Suite.Platform.Api;
using Suite.Platform.Http;
using Suite.Platform.Identity;
using Suite.Platform.Teams;

namespace Suite.Channels.Integrations.OutgoingWebhooks.Delivery;

/// <summary>
/// One delivery of a post to one callback URL: Mattermost's payload through the Platform's resilience
/// pipeline (which retries each call), then a few delayed redeliveries with doubling delays; each
/// failure is recorded on the hook for its owner, and a JSON reply becomes a post.
/// </summary>
internal sealed partial class OutgoingWebhookSender(
    IOutboundHttp http, OutgoingWebhookStore hooks, ChannelStore channels, IUserDirectory users, ITeamDirectory teams, WebhookPosts posts,
    IntegrationsOptions options, TimeProvider time, ILogger<OutgoingWebhookSender> logger)
{
    private const int MaxResponseBytes = 1024 * 1024;

    public async Task DeliverAsync(OutgoingWebhook hook, string url, PostCreated post, string triggerWord, CancellationToken cancellationToken)
    {
        var fields = await PayloadAsync(hook, post, triggerWord, cancellationToken);
        var delay = options.OutgoingWebhookRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            var (body, error) = await CallAsync(hook, url, fields, post.Post.CreateAt, cancellationToken);
            if (error is null)
            {
                await hooks.RecordSuccessAsync(hook.Id, cancellationToken);
                await ReplyAsync(hook, post, body, cancellationToken);
                return;
            }

            await hooks.RecordFailureAsync(hook.Id, $"{url}: {error}", time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
            if (attempt >= options.OutgoingWebhookAttempts)
            {
                GaveUp(logger, hook.Id, post.Post.Id, attempt);
                return;
            }

            await Task.Delay(delay, time, cancellationToken);
            delay *= 2;
        }
    }

    private async Task<Dictionary<string, string>> PayloadAsync(OutgoingWebhook hook, PostCreated post, string triggerWord, CancellationToken cancellationToken)
    {
        var found = await users.FindByIdsAsync([post.Post.UserId], cancellationToken);
        var author = found.Count > 0 ? found[0] : null;
        return new Dictionary<string, string>
        {
            ["token"] = hook.Token,
            ["team_id"] = hook.TeamId,
            ["team_domain"] = await teams.FindNameByIdAsync(hook.TeamId, cancellationToken) ?? "",
            ["channel_id"] = post.Post.ChannelId,
            ["channel_name"] = post.ChannelName,
            ["user_id"] = post.Post.UserId,
            ["user_name"] = author?.Username ?? "",
            ["post_id"] = post.Post.Id,
            ["text"] = post.Post.Message,
            ["trigger_word"] = triggerWord,
            ["file_ids"] = string.Join(',', post.FileIds),
        };
    }

    /// <summary>The reply body, or the reason the delivery failed.</summary>
    private async Task<(string Body, string? Error)> CallAsync(
        OutgoingWebhook hook, string url, Dictionary<string, string> fields, long createAt, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.SendAsync(() => Request(hook, url, fields, createAt), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return ("", $"answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return body.Length > MaxResponseBytes ? ("", "the reply is larger than 1 MB") : (body, null);
        }
        catch (HttpRequestException ex)
        {
            return ("", ex.Message);
        }
    }

    private static HttpRequestMessage Request(OutgoingWebhook hook, string url, Dictionary<string, string> fields, long createAt)
    {
        HttpContent content;
        if (hook.ContentType == OutgoingWebhook.JsonContent)
        {
            // Mattermost's JSON body carries the raw millisecond timestamp; its form body carries seconds.
            var json = new Dictionary<string, object>(fields.Select(f => KeyValuePair.Create(f.Key, (object)f.Value))) { ["timestamp"] = createAt };
            content = new StringContent(JsonSerializer.Serialize(json), Encoding.UTF8, OutgoingWebhook.JsonContent);
        }
        else
        {
            var form = new Dictionary<string, string>(fields) { ["timestamp"] = (createAt / 1000).ToString(CultureInfo.InvariantCulture) };
            content = new FormUrlEncodedContent(form);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    private async Task ReplyAsync(OutgoingWebhook hook, PostCreated post, string body, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return;
        }

        OutgoingWebhookResponse? reply;
        try
        {
            reply = JsonSerializer.Deserialize<OutgoingWebhookResponse>(body, ApiJson.Options);
        }
        catch (JsonException)
        {
            await hooks.RecordFailureAsync(hook.Id, "the reply is not valid JSON", time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
            return;
        }

        var attachments = reply?.Attachments is { ValueKind: JsonValueKind.Array } a && a.GetArrayLength() > 0 ? SlackMessages.Attachments(a) : null;
        if (reply is null || (string.IsNullOrEmpty(reply.Text) && attachments is null))
        {
            return;
        }

        var channel = await channels.FindAsync(post.Post.ChannelId, cancellationToken);
        if (channel is null || channel.IsArchived)
        {
            return;
        }

        var message = new WebhookMessage
        {
            Text = reply.Text ?? "",
            Attachments = attachments,
            Props = reply.Props is { ValueKind: JsonValueKind.Object } ? reply.Props : null,
            Type = reply.Type is { } type && type.StartsWith("custom_", StringComparison.Ordinal) ? type : "",
            WebhookDisplayName = hook.DisplayName,
            OverrideUsername = options.EnablePostUsernameOverride ? FirstOf(reply.Username, hook.Username) : "",
            OverrideIconUrl = options.EnablePostIconOverride ? FirstOf(reply.IconUrl, hook.IconUrl) : "",
            RootId = reply.ResponseType == "comment" ? (post.Post.RootId.Length > 0 ? post.Post.RootId : post.Post.Id) : "",
        };
        await posts.CreateAsync(channel, hook.CreatorId, message, cancellationToken);
    }

    private static string FirstOf(string? first, string second) => !string.IsNullOrWhiteSpace(first) ? first : second;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outgoing webhook {HookId} gave up on post {PostId} after {Attempts} deliveries.")]
    private static partial void GaveUp(ILogger logger, string hookId, string postId, int attempts);
}
