using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Suite.Channels.Channels;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Http;

namespace Suite.Channels.Integrations.OutgoingWebhooks.Delivery;

/// <summary>
/// One attempt of one delivery: Mattermost's payload, with the hook's current token, through the
/// Platform's resilience pipeline (which retries the call itself); and a JSON reply made into a post.
/// </summary>
internal sealed class OutgoingWebhookSender(
    IOutboundHttp http, OutgoingWebhookStore hooks, ChannelStore channels, WebhookPosts posts, IntegrationsOptions options, TimeProvider time)
{
    private const int MaxResponseBytes = 1024 * 1024;

    /// <summary>Sends the delivery once; the reply body, or why it failed.</summary>
    public Task<(string Body, string? Error)> SendAsync(OutgoingWebhook hook, OutgoingWebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(delivery.Payload) ?? [];
        fields["token"] = hook.Token;
        return CallAsync(hook, delivery.CallbackUrl, fields, delivery.PostCreateAt, cancellationToken);
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

    public async Task ReplyAsync(OutgoingWebhook hook, OutgoingWebhookDelivery delivery, string body, CancellationToken cancellationToken)
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

        JsonObject? priority;
        try
        {
            priority = WebhookPosts.Priority(reply.Priority);
        }
        catch (AppErrorException ex)
        {
            await hooks.RecordFailureAsync(hook.Id, "the reply's " + ex.Error.DetailedError, time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
            return;
        }

        var channel = await channels.FindAsync(delivery.ChannelId, cancellationToken);
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
            Priority = priority,
            OverrideUsername = options.EnablePostUsernameOverride ? FirstOf(reply.Username, hook.Username) : "",
            OverrideIconUrl = options.EnablePostIconOverride ? FirstOf(reply.IconUrl, hook.IconUrl) : "",
            RootId = reply.ResponseType == "comment" ? (delivery.RootId.Length > 0 ? delivery.RootId : delivery.PostId) : "",
        };
        await posts.CreateAsync(channel, hook.CreatorId, message, cancellationToken);
    }

    private static string FirstOf(string? first, string second) => !string.IsNullOrWhiteSpace(first) ? first : second;
}
