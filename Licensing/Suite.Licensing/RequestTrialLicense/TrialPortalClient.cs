using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Suite.Licensing.Active;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Http;

namespace Suite.Licensing.RequestTrialLicense;

/// <summary>
/// Calls the vendor's trial portal (<c>POST {PortalUrl}/api/v1/trials</c>) through the Platform's
/// resilience pipeline, bounded by <see cref="LicensingOptions.PortalTimeout"/> retries included, so
/// an unreachable portal costs the admin a few seconds and a clear error.
/// </summary>
internal sealed class TrialPortalClient(IOutboundHttp http, LicensingOptions options, TimeProvider time)
{
    private const string ErrorId = "api.license.request_trial_license.app_error";

    /// <summary>The signed trial license the portal issued.</summary>
    public async Task<string> RequestTrialAsync(TrialLicenseBody body, CancellationToken cancellationToken)
    {
        var portal = options.PortalUrl ?? throw new AppErrorException(501, ErrorId,
            "No trial portal is configured on this server (Suite:Licensing:PortalUrl), so a trial cannot be requested. Install a license file instead.");
        var url = new Uri(portal, "api/v1/trials");
        var json = JsonSerializer.SerializeToUtf8Bytes(body, ApiJson.Options);

        using var deadline = new CancellationTokenSource(options.PortalTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(() => new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new ByteArrayContent(json) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
            }, linked.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw Unreachable(portal, $"no answer within {options.PortalTimeout.TotalSeconds:0.#} seconds");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw Unreachable(portal, ex.Message);
        }

        using (response)
        {
            var reply = await ReadReplyAsync(response, linked.Token);
            if (response.IsSuccessStatusCode)
            {
                return reply?.License is { Length: > 0 } license
                    ? license
                    : throw new AppErrorException(502, ErrorId, "The trial portal answered without a license. Nothing was changed; try again later.");
            }

            var message = reply?.Message is { Length: > 0 } m ? m : $"HTTP {(int)response.StatusCode}";
            throw response.StatusCode switch
            {
                HttpStatusCode.UnavailableForLegalReasons => new AppErrorException(400, "api.license.request_trial_license.embargoed",
                    "A trial cannot be issued to this location (the portal answered 451)."),
                HttpStatusCode.Conflict => new AppErrorException(400, LicenseErrors.TrialUsed().Error.Id, $"The trial portal refused: {message}"),
                _ => new AppErrorException(400, ErrorId, $"The trial portal refused the request: {message}", $"status={(int)response.StatusCode}"),
            };
        }
    }

    private static async Task<PortalReply?> ReadReplyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<PortalReply>(ApiJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static AppErrorException Unreachable(Uri portal, string detail) => new(503, ErrorId,
        $"The trial portal at {portal.GetLeftPart(UriPartial.Authority)} could not be reached ({detail}). Nothing was changed; check this server's connection to the portal and try again.");

    private sealed record PortalReply(string? License, string? Message);
}
