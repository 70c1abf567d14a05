using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests.Alerts;

public sealed class AlertIngestionTests : AlertsFixture
{
    [Test]
    public async Task AlertmanagerFiringAlert_StartsARunAsAPersonWouldWithTheAlertInItsTimelineAndChannel()
    {
        using var onCall = await TeamMemberAsync();
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["default_owner_enabled"] = true, ["default_owner_id"] = onCall.Id });
        var source = await CreateSourceAsync(Owner.Client, playbookId, nameTemplate: "{{alertname}} on {{ instance }}");
        var body = AlertmanagerBody("{}:{alertname=\"HighLatency\"}", ("firing", Labels("HighLatency"), FiredAt));

        using var response = await PostAlertAsync(source.GetProperty("url").GetString()!, body);

        var accepted = await response.ReadJsonAsync(HttpStatusCode.Accepted);
        Assert.That(accepted.GetProperty("alerts").GetInt32(), Is.EqualTo(1));
        var listed = await WaitForRunAsync(playbookId, r => r.GetProperty("name").GetString() == "HighLatency on db-1");
        var run = await WaitForTimelineAsync(listed.GetProperty("id").GetString()!, "alert_fired", 1);
        Assert.Multiple(() =>
        {
            Assert.That(run.GetProperty("owner_user_id").GetString(), Is.EqualTo(onCall.Id), "the playbook's default owner");
            Assert.That(run.GetProperty("reporter_user_id").GetString(), Is.EqualTo(Owner.Id), "started on behalf of the source's creator");
            Assert.That(run.GetProperty("severity").GetString(), Is.EqualTo("critical"));
            Assert.That(run.GetProperty("summary").GetString(), Is.EqualTo("HighLatency on db-1"));
            Assert.That(run.GetProperty("checklists").GetArrayLength(), Is.EqualTo(2));
            Assert.That(run.GetProperty("sequential_id").GetString(), Is.EqualTo("INC-00001"));
            Assert.That(run.GetProperty("alert").GetProperty("source_id").GetString(), Is.EqualTo(source.GetProperty("id").GetString()));
            Assert.That(TimelineTypes(run), Is.EqualTo(new[] { "incident_created", "alert_fired" }));
        });
        var fired = Timeline(run, "alert_fired")[0];
        Assert.That(fired.GetProperty("summary").GetString(), Is.EqualTo("Alert fired: HighLatency"));
        var details = JsonDocument.Parse(fired.GetProperty("details").GetString()!).RootElement;
        Assert.That(details.GetProperty("labels").GetProperty("instance").GetString(), Is.EqualTo("db-1"));
        Assert.That(details.GetProperty("starts_at").GetInt64(), Is.EqualTo(FiredAt.ToUnixTimeMilliseconds()));

        var channelId = run.GetProperty("channel_id").GetString()!;
        var members = await GetAsync(Owner.Client, $"/api/v4/channels/{channelId}/members");
        Assert.That(members.EnumerateArray().Select(m => m.GetProperty("user_id").GetString()), Is.SupersetOf(new[] { Owner.Id, onCall.Id }));
        Assert.That(await ChannelMessagesAsync(channelId), Has.Some.Contains(":rotating_light: Alert firing: HighLatency"));
    }

    [Test]
    public async Task RepeatAndFurtherAlertsOfTheSameGroup_AddToTheOpenRunInsteadOfStartingAnother()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var url = (await CreateSourceAsync(Owner.Client, playbookId)).GetProperty("url").GetString()!;
        const string group = "{}:{alertname=\"DiskFull\"}";
        var first = ("firing", Labels("DiskFull", "db-1"), FiredAt);
        var second = ("firing", Labels("DiskFull", "db-2"), FiredAt.AddMinutes(1));
        using var fired = await PostAlertAsync(url, AlertmanagerBody(group, first));
        var runId = (await WaitForRunAsync(playbookId, _ => true)).GetProperty("id").GetString()!;

        using var repeated = await PostAlertAsync(url, AlertmanagerBody(group, first));
        using var grown = await PostAlertAsync(url, AlertmanagerBody(group, first, second));

        Assert.That(repeated.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(grown.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var run = await WaitForTimelineAsync(runId, "alert_fired", 2);
        var instances = Timeline(run, "alert_fired").Select(e => JsonDocument.Parse(e.GetProperty("details").GetString()!).RootElement.GetProperty("labels").GetProperty("instance").GetString());
        Assert.That(instances, Is.EqualTo(new[] { "db-1", "db-2" }), "the repeat of db-1 (same fingerprint and start) is recorded once");
        Assert.That(await RunsAsync(playbookId), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ResolvedAlert_IsRecordedAndPostedInTheOpenRun()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var url = (await CreateSourceAsync(Owner.Client, playbookId)).GetProperty("url").GetString()!;
        using var fired = await PostAlertAsync(url, AlertmanagerBody("g-resolve", ("firing", Labels("CpuHot"), FiredAt)));
        var runId = (await WaitForRunAsync(playbookId, _ => true)).GetProperty("id").GetString()!;

        using var resolved = await PostAlertAsync(url, AlertmanagerBody("g-resolve", ("resolved", Labels("CpuHot"), FiredAt)));

        var run = await WaitForTimelineAsync(runId, "alert_resolved", 1);
        Assert.That(Timeline(run, "alert_resolved")[0].GetProperty("summary").GetString(), Is.EqualTo("Alert resolved: CpuHot"));
        Assert.That(run.GetProperty("current_status").GetString(), Is.EqualTo("InProgress"), "people finish the run, not the alert");
        Assert.That(await ChannelMessagesAsync(run.GetProperty("channel_id").GetString()!), Has.Some.Contains(":white_check_mark: Alert resolved: CpuHot"));
    }

    [Test]
    public async Task ResolvedAlertWithoutAnOpenRun_StartsNothing()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var source = await CreateSourceAsync(Owner.Client, playbookId);
        var since = Now();

        using var resolved = await PostAlertAsync(source.GetProperty("url").GetString()!, AlertmanagerBody("g-none", ("resolved", Labels("Quiet"), FiredAt)));

        Assert.That(resolved.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        await WaitUntilProcessedAsync(source.GetProperty("id").GetString()!, since);
        Assert.That(await RunsAsync(playbookId), Is.Empty);
    }

    [Test]
    public async Task FiringAlertAfterItsRunFinished_StartsANewRun()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var url = (await CreateSourceAsync(Owner.Client, playbookId)).GetProperty("url").GetString()!;
        using var fired = await PostAlertAsync(url, AlertmanagerBody("g-again", ("firing", Labels("Flapping"), FiredAt)));
        var firstId = (await WaitForRunAsync(playbookId, _ => true)).GetProperty("id").GetString()!;
        using var finished = await Owner.Client.PutAsync($"{Root}/runs/{firstId}/finish", null);
        Assert.That(finished.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var again = await PostAlertAsync(url, AlertmanagerBody("g-again", ("firing", Labels("Flapping"), FiredAt.AddHours(1))));

        var second = await WaitForRunAsync(playbookId, r => r.GetProperty("id").GetString() != firstId);
        Assert.That(second.GetProperty("current_status").GetString(), Is.EqualTo("InProgress"));
        Assert.That(await RunsAsync(playbookId), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task GrafanaWebhook_StartsARun()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var url = (await CreateSourceAsync(Owner.Client, playbookId, "grafana")).GetProperty("url").GetString()!;
        const string body = """
            {"receiver":"suite","status":"firing","orgId":1,"alerts":[{"status":"firing","labels":{"alertname":"GrafanaErrors","grafana_folder":"Ops","severity":"warning"},
            "annotations":{"summary":"5xx above 2%"},"startsAt":"2026-12-01T10:00:00Z","endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://grafana.example/alerting/grafana/abc/view",
            "fingerprint":"8d5b0e2c1a7f3b9e","silenceURL":"http://grafana.example/silence","dashboardURL":"","panelURL":"","values":{"B":2.4},"valueString":"[ var='B' value=2.4 ]"}],
            "groupLabels":{"alertname":"GrafanaErrors"},"commonLabels":{"alertname":"GrafanaErrors"},"commonAnnotations":{},"externalURL":"http://grafana.example/",
            "version":"1","groupKey":"{}/{}:{alertname=\"GrafanaErrors\"}","truncatedAlerts":0,"title":"[FIRING:1] GrafanaErrors","state":"alerting","message":"..."}
            """;

        using var response = await PostAlertAsync(url, body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var run = await WaitForRunAsync(playbookId, _ => true);
        Assert.That(run.GetProperty("name").GetString(), Is.EqualTo("GrafanaErrors"));
        Assert.That(run.GetProperty("severity").GetString(), Is.EqualTo("warning"));
        Assert.That(run.GetProperty("alert").GetProperty("dedup_key").GetString(), Is.EqualTo("{}/{}:{alertname=\"GrafanaErrors\"}"));
    }

    [Test]
    public async Task PagerDutyEvents_TriggerAcknowledgeAndResolveOneRunByDedupKey_AtBothAddresses()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var source = await CreateSourceAsync(Owner.Client, playbookId, "pagerduty");
        var url = source.GetProperty("url").GetString()!;
        var routingKey = source.GetProperty("routing_key").GetString()!;
        var trigger = JsonSerializer.Serialize(new
        {
            routing_key = routingKey,
            event_action = "trigger",
            dedup_key = "checkout-5xx",
            payload = new { summary = "Checkout 5xx rate above 5%", source = "checkout-1", severity = "error", component = "checkout", custom_details = new { region = "eu-west" } },
        });

        using var triggered = await PostAlertAsync(url, trigger);

        var answer = await triggered.ReadJsonAsync(HttpStatusCode.Accepted);
        Assert.That(answer.GetProperty("status").GetString(), Is.EqualTo("success"));
        Assert.That(answer.GetProperty("dedup_key").GetString(), Is.EqualTo("checkout-5xx"));
        var runId = (await WaitForRunAsync(playbookId, _ => true)).GetProperty("id").GetString()!;
        var enqueue = new Uri(source.GetProperty("enqueue_url").GetString()!).PathAndQuery;
        using var acknowledged = await PostAlertAsync(url, """{"event_action":"acknowledge","dedup_key":"checkout-5xx"}""");
        using (var anonymous = Api.Anonymous())
        {
            using var resolved = await anonymous.PostAsync(enqueue, SuiteApi.Raw(JsonSerializer.Serialize(new { routing_key = routingKey, event_action = "resolve", dedup_key = "checkout-5xx" })));
            Assert.That(resolved.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        }

        var run = await WaitForTimelineAsync(runId, "alert_resolved", 1);
        Assert.That(run.GetProperty("name").GetString(), Is.EqualTo("Checkout 5xx rate above 5%"));
        Assert.That(run.GetProperty("severity").GetString(), Is.EqualTo("error"));
        Assert.That(TimelineTypes(run), Is.EqualTo(new[] { "incident_created", "alert_fired", "alert_acknowledged", "alert_resolved" }));
        var details = JsonDocument.Parse(Timeline(run, "alert_fired")[0].GetProperty("details").GetString()!).RootElement;
        Assert.That(details.GetProperty("labels").GetProperty("component").GetString(), Is.EqualTo("checkout"));
        Assert.That(details.GetProperty("annotations").GetProperty("region").GetString(), Is.EqualTo("eu-west"));
        Assert.That(await RunsAsync(playbookId), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task PagerDutyTriggerWithoutADedupKey_IsAnsweredWithTheKeyThatResolvesIt()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var url = (await CreateSourceAsync(Owner.Client, playbookId, "pagerduty")).GetProperty("url").GetString()!;

        using var triggered = await PostAlertAsync(url, """{"event_action":"trigger","payload":{"summary":"Queue backlog","source":"worker-3","severity":"critical"}}""");

        var key = (await triggered.ReadJsonAsync(HttpStatusCode.Accepted)).GetProperty("dedup_key").GetString()!;
        Assert.That(key, Has.Length.EqualTo(26));
        var runId = (await WaitForRunAsync(playbookId, _ => true)).GetProperty("id").GetString()!;
        using var resolved = await PostAlertAsync(url, JsonSerializer.Serialize(new { event_action = "resolve", dedup_key = key }));
        var run = await WaitForTimelineAsync(runId, "alert_resolved", 1);
        Assert.That(run.GetProperty("alert").GetProperty("dedup_key").GetString(), Is.EqualTo(key));
    }

    [Test]
    public async Task Rules_StartARunOnlyForFiringAlertsTheyMatch()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var rules = new[]
        {
            new { matchers = new[] { new { label = "team", op = "=", value = "db" }, new { label = "instance", op = "=~", value = "db-[0-9]+" } }, severities = new[] { "critical", "page" } },
        };
        var source = await CreateSourceAsync(Owner.Client, playbookId, rules: rules);
        var url = source.GetProperty("url").GetString()!;
        var since = Now();

        using var otherTeam = await PostAlertAsync(url, AlertmanagerBody("g1", ("firing", new() { ["alertname"] = "A", ["team"] = "web", ["instance"] = "db-1", ["severity"] = "critical" }, FiredAt)));
        using var lowSeverity = await PostAlertAsync(url, AlertmanagerBody("g2", ("firing", new() { ["alertname"] = "B", ["team"] = "db", ["instance"] = "db-1", ["severity"] = "info" }, FiredAt)));
        using var otherHost = await PostAlertAsync(url, AlertmanagerBody("g3", ("firing", new() { ["alertname"] = "C", ["team"] = "db", ["instance"] = "web-1", ["severity"] = "critical" }, FiredAt)));
        await WaitUntilProcessedAsync(source.GetProperty("id").GetString()!, since);
        Assert.That(await RunsAsync(playbookId), Is.Empty);

        using var matching = await PostAlertAsync(url, AlertmanagerBody("g4", ("firing", new() { ["alertname"] = "D", ["team"] = "db", ["instance"] = "db-7", ["severity"] = "page" }, FiredAt)));

        var run = await WaitForRunAsync(playbookId, _ => true);
        Assert.That(run.GetProperty("name").GetString(), Is.EqualTo("D"));
        Assert.That(await RunsAsync(playbookId), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task AlertForAnArchivedPlaybook_IsSetAsideWithItsErrorOnTheSource_AndLaterAlertsStillStartRuns()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var source = await CreateSourceAsync(Owner.Client, playbookId);
        var sourceId = source.GetProperty("id").GetString()!;
        var url = source.GetProperty("url").GetString()!;
        using (var archived = await Owner.Client.DeleteAsync($"{Root}/playbooks/{playbookId}"))
        {
            Assert.That(archived.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        var since = Now();
        using var refused = await PostAlertAsync(url, AlertmanagerBody("g-archived", ("firing", Labels("WhileArchived"), FiredAt)));

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        await WaitUntilProcessedAsync(sourceId, since);
        var failed = await GetAsync(Owner.Client, $"{Root}/alert-sources/{sourceId}");
        Assert.That(failed.GetProperty("last_error").GetString(), Does.Contain("archived"));
        Assert.That(await RunsAsync(playbookId), Is.Empty);

        using (var restored = await Owner.Client.PutAsync($"{Root}/playbooks/{playbookId}/restore", null))
        {
            Assert.That(restored.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        var sinceRestore = Now();
        using var accepted = await PostAlertAsync(url, AlertmanagerBody("g-restored", ("firing", Labels("AfterRestore"), FiredAt)));
        var run = await WaitForRunAsync(playbookId, _ => true);
        Assert.That(run.GetProperty("name").GetString(), Is.EqualTo("AfterRestore"));
        await WaitUntilProcessedAsync(sourceId, sinceRestore);
        Assert.That((await GetAsync(Owner.Client, $"{Root}/alert-sources/{sourceId}")).GetProperty("last_error").GetString(), Is.Empty);
    }

    [TestCase("alertmanager", "this is not json", "not valid JSON")]
    [TestCase("alertmanager", """{"alerts":"many"}""", "alerts must be an array")]
    [TestCase("alertmanager", """{"alerts":[{"labels":{"alertname":"X"}}]}""", "alerts[0].status")]
    [TestCase("alertmanager", """{"alerts":[{"status":"firing","labels":{"alertname":"X"},"startsAt":"yesterday"}]}""", "alerts[0].startsAt")]
    [TestCase("pagerduty", """{"event_action":"trigger","payload":{"summary":"X","source":"y","severity":"fatal"}}""", "payload.severity")]
    [TestCase("pagerduty", """{"event_action":"resolve"}""", "dedup_key is required")]
    [TestCase("pagerduty", """{"event_action":"escalate","dedup_key":"k"}""", "event_action")]
    public async Task BadPayload_Answers400NamingTheProblemAndStartsNothing(string kind, string body, string named)
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var source = await CreateSourceAsync(Owner.Client, playbookId, kind);

        using var response = await PostAlertAsync(source.GetProperty("url").GetString()!, body);

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain(named));
        await Task.Delay(500);
        Assert.That(await RunsAsync(playbookId), Is.Empty);
        Assert.That((await GetAsync(Owner.Client, $"{Root}/alert-sources/{source.GetProperty("id").GetString()}")).GetProperty("last_received_at").GetInt64(), Is.Zero);
    }

    [Test]
    public async Task WrongSecretUnknownSourceOrRoutingKey_Answer404AndStartNothing()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var source = await CreateSourceAsync(Owner.Client, playbookId);
        var pagerDuty = await CreateSourceAsync(Owner.Client, playbookId, "pagerduty");
        var url = source.GetProperty("url").GetString()!;
        var body = AlertmanagerBody("g-secret", ("firing", Labels("Intruder"), FiredAt));
        var wrongSecret = url[..url.LastIndexOf('/')] + "/" + new string('0', 40);
        var unknownSource = url.Replace(source.GetProperty("id").GetString()!, "abcdefghijklmnopqrstuvwxyz", StringComparison.Ordinal);
        var enqueue = new Uri(pagerDuty.GetProperty("enqueue_url").GetString()!).PathAndQuery;
        var wrongKey = pagerDuty.GetProperty("routing_key").GetString()![..^1] + "x";

        using var withWrongSecret = await PostAlertAsync(wrongSecret, body);
        using var withUnknownSource = await PostAlertAsync(unknownSource, body);
        using var anonymous = Api.Anonymous();
        using var withWrongKey = await anonymous.PostAsync(enqueue, SuiteApi.Raw(JsonSerializer.Serialize(new { routing_key = wrongKey, event_action = "trigger", payload = new { summary = "x", source = "y", severity = "info" } })));
        using var amSourceByRoutingKey = await anonymous.PostAsync(enqueue, SuiteApi.Raw(JsonSerializer.Serialize(new { routing_key = source.GetProperty("id").GetString() + url.Split('/')[^1], event_action = "trigger", payload = new { summary = "x", source = "y", severity = "info" } })));

        Assert.That(await ReadPluginErrorAsync(withWrongSecret, HttpStatusCode.NotFound), Does.Contain("No alert source has this address"));
        Assert.That(withUnknownSource.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(withWrongKey.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(amSourceByRoutingKey.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "only PagerDuty sources take a routing key");
        await Task.Delay(500);
        Assert.That(await RunsAsync(playbookId), Is.Empty);
    }
}
