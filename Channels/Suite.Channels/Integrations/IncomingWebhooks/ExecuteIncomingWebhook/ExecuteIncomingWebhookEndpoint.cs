using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.IncomingWebhooks.ExecuteIncomingWebhook;

internal static class ExecuteIncomingWebhookEndpoint
{
    public static void MapExecuteIncomingWebhook(this IEndpointRouteBuilder root) =>
        root.MapPost("/hooks/{hook_id}", async (string hook_id, HttpContext http, ISender sender) =>
        {
            var payload = await ReadPayloadAsync(http);
            await sender.Send(new ExecuteIncomingWebhookRequest(hook_id, payload), http.RequestAborted);
            return Results.Text("ok", "text/plain", Encoding.UTF8);
        });

    /// <summary>
    /// As Mattermost: a form's <c>payload</c> field, multipart fields mapped onto the payload, anything
    /// else parsed as JSON (tolerating the literal newlines and tabs Slack senders put in strings).
    /// </summary>
    private static async Task<IncomingWebhookPayload> ReadPayloadAsync(HttpContext http)
    {
        var mediaType = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var parsed) ? parsed.MediaType.ToString() : "";
        if (mediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var json = form["payload"].ToString();
            return json.Length == 0 ? throw IntegrationErrors.InvalidPayload("The form has no payload field.") : Parse(json);
        }

        if (mediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            if (form["payload"].ToString() is { Length: > 0 } json)
            {
                return Parse(json);
            }

            return new IncomingWebhookPayload
            {
                Text = form["text"].ToString(),
                Channel = form["channel"].ToString(),
                Username = form["username"].ToString(),
                IconUrl = form["icon_url"].ToString(),
                IconEmoji = form["icon_emoji"].ToString(),
                Type = form["type"].ToString(),
            };
        }

        if (http.Request.ContentLength > ApiJson.MaxBodyBytes)
        {
            throw IntegrationErrors.InvalidPayload("The body is larger than 1 MB.");
        }

        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        return Parse(body);
    }

    private static IncomingWebhookPayload Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<IncomingWebhookPayload>(json, ApiJson.Options) ?? throw IntegrationErrors.InvalidPayload("The payload is null.");
        }
        catch (JsonException first)
        {
            try
            {
                return JsonSerializer.Deserialize<IncomingWebhookPayload>(EscapeControlCharactersInStrings(json), ApiJson.Options)
                    ?? throw IntegrationErrors.InvalidPayload("The payload is null.");
            }
            catch (JsonException)
            {
                throw IntegrationErrors.InvalidPayload(first.Message);
            }
        }
    }

    private static string EscapeControlCharactersInStrings(string json)
    {
        var builder = new StringBuilder(json.Length + 16);
        var inString = false;
        var escaped = false;
        foreach (var c in json)
        {
            if (inString && !escaped && c is '\n' or '\r' or '\t')
            {
                builder.Append(c switch { '\n' => "\\n", '\r' => "\\r", _ => "\\t" });
                continue;
            }

            builder.Append(c);
            if (escaped)
            {
                escaped = false;
            }
            else if (c == '\\' && inString)
            {
                escaped = true;
            }
            else if (c == '"')
            {
                inString = !inString;
            }
        }

        return builder.ToString();
    }
}
