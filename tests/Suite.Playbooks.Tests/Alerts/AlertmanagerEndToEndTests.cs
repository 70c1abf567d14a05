using System.Text.Json;

namespace Suite.Playbooks.Tests.Alerts;

/// <summary>A real Alertmanager delivering to an alert source's address, as in production.</summary>
public sealed class AlertmanagerEndToEndTests : AlertsFixture
{
    [Test]
    public async Task RealAlertmanager_FiringAlertStartsARunWithinSeconds_AndTheSameGroupAddsToIt()
    {
        using var onCall = await TeamMemberAsync();
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["default_owner_enabled"] = true, ["default_owner_id"] = onCall.Id });
        var source = await CreateSourceAsync(Owner.Client, playbookId, nameTemplate: "{{alertname}} on {{instance}}");
        var alertName = "ApiDown" + Guid.NewGuid().ToString("N")[..8];
        var startsAt = DateTimeOffset.UtcNow.AddMinutes(-1);
        await using var alertmanager = await RealAlertmanager.StartAsync(source.GetProperty("url").GetString()!);

        await alertmanager.PostAlertAsync(new() { ["alertname"] = alertName, ["instance"] = "api-1", ["severity"] = "critical" }, "API on api-1 answers 503", startsAt);

        var listed = await WaitForRunAsync(playbookId, _ => true);
        var runId = listed.GetProperty("id").GetString()!;
        var run = await WaitForTimelineAsync(runId, "alert_fired", 1);
        Assert.Multiple(() =>
        {
            Assert.That(run.GetProperty("name").GetString(), Is.EqualTo($"{alertName} on api-1"));
            Assert.That(run.GetProperty("channel_id").GetString(), Has.Length.EqualTo(26));
            Assert.That(run.GetProperty("owner_user_id").GetString(), Is.EqualTo(onCall.Id));
            Assert.That(run.GetProperty("checklists").GetArrayLength(), Is.EqualTo(2));
            Assert.That(run.GetProperty("severity").GetString(), Is.EqualTo("critical"));
        });
        Assert.That(await ChannelMessagesAsync(run.GetProperty("channel_id").GetString()!), Has.Some.Contains($"Alert firing: {alertName}"));

        // The same alert again (Alertmanager deduplicates it) and a second one of its group, which Alertmanager sends with the first.
        await alertmanager.PostAlertAsync(new() { ["alertname"] = alertName, ["instance"] = "api-1", ["severity"] = "critical" }, "API on api-1 answers 503", startsAt);
        await alertmanager.PostAlertAsync(new() { ["alertname"] = alertName, ["instance"] = "api-2", ["severity"] = "critical" }, "API on api-2 answers 503", startsAt);
        run = await WaitForTimelineAsync(runId, "alert_fired", 2);

        // Then the first resolves: Alertmanager sends it with send_resolved.
        await alertmanager.PostAlertAsync(new() { ["alertname"] = alertName, ["instance"] = "api-1", ["severity"] = "critical" }, "API on api-1 answers 503", startsAt, DateTimeOffset.UtcNow.AddSeconds(-1));
        run = await WaitForTimelineAsync(runId, "alert_resolved", 1);

        var fired = Timeline(run, "alert_fired").Select(e => Instance(e)).ToList();
        Assert.That(fired, Is.EqualTo(new[] { "api-1", "api-2" }), "api-1, sent again with api-2, is recorded once");
        Assert.That(Instance(Timeline(run, "alert_resolved")[0]), Is.EqualTo("api-1"));
        Assert.That(await RunsAsync(playbookId), Has.Count.EqualTo(1));
    }

    private static string? Instance(JsonElement timelineEvent) =>
        JsonDocument.Parse(timelineEvent.GetProperty("details").GetString()!).RootElement.GetProperty("labels").GetProperty("instance").GetString();
}
