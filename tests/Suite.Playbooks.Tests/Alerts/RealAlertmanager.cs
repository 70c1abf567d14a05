using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace Suite.Playbooks.Tests.Alerts;

/// <summary>
/// A Prometheus Alertmanager from Debian (build/test.sh installs <c>prometheus-alertmanager</c>) on a
/// loopback port, with one webhook receiver; alerts are posted to its own API (<c>/api/v2/alerts</c>)
/// and it delivers them as it would in production.
/// </summary>
internal sealed class RealAlertmanager : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task<string> _log;
    private readonly DirectoryInfo _work;

    private RealAlertmanager(Process process, DirectoryInfo work, int port)
    {
        _process = process;
        _work = work;
        _log = process.StandardError.ReadToEndAsync();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public HttpClient Client { get; }

    public static async Task<RealAlertmanager> StartAsync(string webhookUrl)
    {
        var binary = new[] { "/usr/bin/prometheus-alertmanager", "/usr/local/bin/prometheus-alertmanager" }.FirstOrDefault(File.Exists);
        Assert.That(binary, Is.Not.Null, "run build/test.sh (it installs prometheus-alertmanager with apt-get)");
        var work = Directory.CreateTempSubdirectory("suite-alertmanager");
        var port = FreePort();
        var config = Path.Combine(work.FullName, "alertmanager.yml");
        await File.WriteAllTextAsync(config, $"""
            route:
              receiver: suite
              group_by: ['alertname']
              group_wait: 1s
              group_interval: 1s
              repeat_interval: 1h
            receivers:
              - name: suite
                webhook_configs:
                  - url: '{webhookUrl}'
                    send_resolved: true
            """);
        var start = new ProcessStartInfo(binary!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { $"--config.file={config}", $"--storage.path={work.FullName}", $"--web.listen-address=127.0.0.1:{port}", "--cluster.listen-address=" })
        {
            start.ArgumentList.Add(argument);
        }

        var alertmanager = new RealAlertmanager(Process.Start(start)!, work, port);
        await alertmanager.WaitUntilReadyAsync();
        return alertmanager;
    }

    /// <summary>Posts one alert to Alertmanager's API; an <paramref name="endsAt"/> in the past resolves it.</summary>
    public async Task PostAlertAsync(Dictionary<string, string> labels, string summary, DateTimeOffset startsAt, DateTimeOffset? endsAt = null)
    {
        var alert = new Dictionary<string, object>
        {
            ["labels"] = labels,
            ["annotations"] = new Dictionary<string, string> { ["summary"] = summary },
            ["startsAt"] = startsAt.ToString("o", CultureInfo.InvariantCulture),
        };
        if (endsAt is { } end)
        {
            alert["endsAt"] = end.ToString("o", CultureInfo.InvariantCulture);
        }

        using var response = await Client.PostAsJsonAsync("/api/v2/alerts", new[] { alert });
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        _process.Kill();
        await _process.WaitForExitAsync();
        await TestContext.Out.WriteLineAsync(await _log);
        _process.Dispose();
        _work.Delete(recursive: true);
    }

    private async Task WaitUntilReadyAsync()
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            Assert.That(_process.HasExited, Is.False, "Alertmanager exited at start-up");
            try
            {
                using var ready = await Client.GetAsync("/-/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        Assert.Fail("Alertmanager did not become ready.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
