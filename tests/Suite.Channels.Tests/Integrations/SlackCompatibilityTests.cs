using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Channels.Tests.Integrations;

/// <summary>
/// Real Slack-format senders pointed at a Suite incoming webhook: Slack's own Node client
/// (<c>@slack/webhook</c>, installed by build/test.sh into tests/slack-compat) and a Prometheus
/// Alertmanager from Debian (installed by build/test.sh) with a Slack receiver.
/// </summary>
public sealed class SlackCompatibilityTests : IntegrationsFixture
{
    [Test]
    public async Task SlackWebhookClient_PostsAMessageWithAttachments_ThatAppearsInTheChannel()
    {
        var hook = await CreateIncomingHookAsync();
        var text = "slack client " + Guid.NewGuid().ToString("N");
        var (exitCode, output, error) = await NodeScripts.RunAsync("slack-compat", "@slack/webhook", "post-attachments.mjs", TimeSpan.FromSeconds(60), HookUrl(hook.Id()).ToString(), text);

        Assert.That(exitCode, Is.Zero, $"the Slack client failed: {error}");
        Assert.That(JsonDocument.Parse(output).RootElement.GetProperty("text").GetString(), Is.EqualTo("ok"));
        var post = await WaitForPostAsync(ChannelId, p => p.Str("message") == text);
        var attachment = post.GetProperty("props").GetProperty("attachments")[0];
        Assert.Multiple(() =>
        {
            Assert.That(post.GetProperty("props").Str("override_username"), Is.EqualTo("slack-client"));
            Assert.That(attachment.Str("title"), Is.EqualTo("Release 1.2.3"));
            Assert.That(attachment.Str("color"), Is.EqualTo("good"));
            Assert.That(attachment.Str("text"), Is.EqualTo("All [checks](https://example.com/checks) passed"));
            Assert.That(attachment.GetProperty("fields")[1].Str("value"), Is.EqualTo("42"));
        });
    }

    [Test]
    public async Task Alertmanager_WithASlackReceiverPointingAtSuite_DeliversAFiringAlertIntoTheChannel()
    {
        var binary = new[] { "/usr/bin/prometheus-alertmanager", "/usr/local/bin/prometheus-alertmanager" }.FirstOrDefault(File.Exists);
        Assert.That(binary, Is.Not.Null, "run build/test.sh (it installs prometheus-alertmanager with apt-get)");
        var hook = await CreateIncomingHookAsync();
        var alertName = "DiskFull" + Guid.NewGuid().ToString("N")[..8];
        var work = Directory.CreateTempSubdirectory("suite-alertmanager");
        var port = FreePort();
        var config = Path.Combine(work.FullName, "alertmanager.yml");
        await File.WriteAllTextAsync(config, $$"""
            route:
              receiver: suite
              group_wait: 1s
              group_interval: 1s
              repeat_interval: 1h
            receivers:
              - name: suite
                slack_configs:
                  - api_url: '{{HookUrl(hook.Id())}}'
                    send_resolved: false
                    title: '{{"{{"}} .CommonLabels.alertname {{"}}"}} is firing'
                    text: '{{"{{"}} .CommonAnnotations.summary {{"}}"}}'
            """);

        var start = new ProcessStartInfo(binary!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            $"--config.file={config}", $"--storage.path={work.FullName}", $"--web.listen-address=127.0.0.1:{port}", "--cluster.listen-address=",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var alertmanager = Process.Start(start)!;
        var log = alertmanager.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilReadyAsync(client, alertmanager);
            using var response = await client.PostAsJsonAsync("/api/v2/alerts", new[]
            {
                new
                {
                    labels = new Dictionary<string, string> { ["alertname"] = alertName, ["severity"] = "critical" },
                    annotations = new Dictionary<string, string> { ["summary"] = "Disk on db-1 is 95% full" },
                    startsAt = DateTimeOffset.UnixEpoch.AddSeconds(1_700_000_000).ToString("o", CultureInfo.InvariantCulture),
                },
            });
            Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());

            var post = await WaitForPostAsync(
                ChannelId,
                p => p.GetProperty("props").TryGetProperty("attachments", out var a) && a.GetRawText().Contains(alertName, StringComparison.Ordinal),
                TimeSpan.FromSeconds(30));
            var attachment = post.GetProperty("props").GetProperty("attachments")[0];
            Assert.Multiple(() =>
            {
                Assert.That(post.GetProperty("props").Str("from_webhook"), Is.EqualTo("true"));
                Assert.That(attachment.Str("title"), Is.EqualTo($"{alertName} is firing"));
                Assert.That(attachment.Str("text"), Is.EqualTo("Disk on db-1 is 95% full"));
            });
        }
        finally
        {
            alertmanager.Kill();
            await alertmanager.WaitForExitAsync();
            TestContext.Out.WriteLine(await log);
            work.Delete(recursive: true);
        }
    }

    private static async Task WaitUntilReadyAsync(HttpClient client, Process process)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            Assert.That(process.HasExited, Is.False, "Alertmanager exited at start-up");
            try
            {
                using var ready = await client.GetAsync("/-/ready");
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

}
