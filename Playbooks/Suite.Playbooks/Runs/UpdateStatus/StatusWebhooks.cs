using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Platform.Api;
using Suite.Platform.Http;

namespace Suite.Playbooks.Runs.UpdateStatus;

/// <summary>
/// Sends a run's status updates to its webhooks, each URL on its own and off the request, through the
/// Platform's outbound pipeline (timeouts, retries, circuit breaker). A URL that fails is logged; it
/// never delays or fails the update. Body: the run's fields, plus Mattermost's <c>event</c> object.
/// </summary>
internal sealed class StatusWebhooks(IOutboundHttp http, IHostApplicationLifetime lifetime, ILogger<StatusWebhooks> logger)
{
    public void Send(PlaybookRun run, string userId, string message)
    {
        var body = JsonSerializer.SerializeToNode(run, ApiJson.Options)!.AsObject();
        body["event"] = JsonSerializer.SerializeToNode(new WebhookEvent("status_updated", run.UpdateAt, userId, message), ApiJson.Options);
        var json = body.ToJsonString();
        foreach (var url in run.WebhookOnStatusUpdateUrls)
        {
            _ = SendOneAsync(url, run.Id, json);
        }
    }

    private async Task SendOneAsync(string url, string runId, string json)
    {
        try
        {
            using var response = await http.SendAsync(() => new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, ApiJson.ContentType) }, lifetime.ApplicationStopping);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Status webhook {Url} of run {Run} answered {Status}", url, runId, (int)response.StatusCode);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            logger.LogWarning("Status webhook {Url} of run {Run} failed: {Reason}", url, runId, ex.Message);
        }
    }

    private sealed record WebhookEvent(string Type, long At, string UserId, string Payload);
}
