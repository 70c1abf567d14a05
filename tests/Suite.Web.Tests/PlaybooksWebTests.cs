using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Suite.Testing;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

/// <summary>
/// Playbooks in a real browser, one story in order: Alice writes a playbook and runs it, Bob (invited by the
/// playbook) works the run with her live, an update reaches the stakeholders' channel, the retrospective is
/// published and the report downloads. One server and one Chromium for the fixture.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class PlaybooksWebTests : BrowserTest
{
    private const string PlaybooksApi = "plugins/playbooks/api/v0";
    private const string RunName = "Checkout is down";
    private WebTestHost _host = null!;
    private SignedInUser _alice = null!;
    private SignedInUser _bob = null!;
    private string _teamName = "";
    private string _stakeholdersId = "";
    private IPage _alicePage = null!;
    private IPage _bobPage = null!;
    private string _playbookId = "";
    private string _runId = "";

    protected override IEnumerable<(string Name, IPage? Page)> Screens => [("alice", _alicePage), ("bob", _bobPage), ("erin", _newcomerPage)];

    [OneTimeSetUp]
    public async Task StartServerAndBrowser()
    {
        _host = await WebTestHost.StartAsync();
        var api = new SuiteApi(_host.Server);
        using var systemAdmin = await api.SignUpAndLoginAsync();
        _alice = await api.SignUpAndLoginAsync("alice");
        _bob = await api.SignUpAndLoginAsync("bob");
        _teamName = "ops";
        var teamId = (await SuiteApi.CreateTeamAsync(_alice.Client, _teamName)).GetProperty("id").GetString()!;
        await SuiteApi.AddToTeamAsync(_alice.Client, teamId, _bob.Id);
        using var created = await _alice.Client.PostAsync(
            "/api/v4/channels", SuiteApi.Json(new { team_id = teamId, name = "stakeholders", display_name = "Stakeholders", type = "O" }));
        _stakeholdersId = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        using var joined = await _alice.Client.PostAsync($"/api/v4/channels/{_stakeholdersId}/members", SuiteApi.Json(new { user_id = _bob.Id }));
        await joined.ReadJsonAsync(HttpStatusCode.Created);

        _alicePage = await SignedInPageAsync("alice");
        _bobPage = await SignedInPageAsync("bob");
    }

    [OneTimeTearDown]
    public async Task StopServerAndBrowser()
    {
        _alice?.Dispose();
        _bob?.Dispose();
        await _host.DisposeAsync();
    }

    [Test, Order(1)]
    public async Task PlaybookEditor_SavesChecklistsReorderedByDraggingAndTheRunSettings()
    {
        await _alicePage.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Playbooks" }).ClickAsync();
        await Expect(_alicePage).ToHaveURLAsync(new Regex("/playbooks/runs$"));
        await _alicePage.GetByRole(AriaRole.Navigation, new() { Name = "Playbooks" }).GetByRole(AriaRole.Link, new() { Name = "Playbooks" }).ClickAsync();
        await _alicePage.GetByLabel("New playbook").FillAsync("Database outage");
        await _alicePage.GetByRole(AriaRole.Button, new() { Name = "Create playbook" }).ClickAsync();
        await Expect(_alicePage).ToHaveURLAsync(new Regex("/playbooks/playbooks/[a-z0-9]{26}$"));
        _playbookId = _alicePage.Url.Split('/').Last();

        await _alicePage.GetByLabel("Checklist title").FillAsync("Triage");
        await _alicePage.GetByLabel("Checklist title").PressAsync("Tab");
        foreach (var task in new[] { "Page the on-call", "Check replication", "Write the summary" })
        {
            await _alicePage.GetByLabel("New task for Triage").FillAsync(task);
            await _alicePage.GetByRole(AriaRole.Button, new() { Name = "Add task" }).ClickAsync();
            await Expect(_alicePage.Locator($".edit-item[data-item-title='{task}']")).ToBeVisibleAsync();
        }

        await _alicePage.Locator(".edit-item[data-item-title='Write the summary'] .drag-handle")
            .DragToAsync(_alicePage.Locator(".edit-item[data-item-title='Check replication']"));
        await Expect(_alicePage.Locator(".edit-item")).ToHaveCountAsync(3);
        Assert.That(await _alicePage.Locator(".edit-item").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.itemTitle)"),
            Is.EqualTo(new[] { "Page the on-call", "Write the summary", "Check replication" }));

        await _alicePage.GetByLabel("Run number prefix").FillAsync("DB");
        await _alicePage.GetByLabel("Invite to the run").FillAsync("bob");
        await _alicePage.GetByRole(AriaRole.Button, new() { Name = "Invite", Exact = true }).ClickAsync();
        await Expect(_alicePage.GetByRole(AriaRole.List, new() { Name = "Invited members" })).ToContainTextAsync("@bob");
        await _alicePage.GetByRole(AriaRole.Checkbox, new() { Name = "Stakeholders" }).CheckAsync();
        await _alicePage.GetByRole(AriaRole.Button, new() { Name = "Add metric" }).ClickAsync();
        await _alicePage.GetByLabel("Metric 1 title").FillAsync("Time to resolve");
        await _alicePage.GetByRole(AriaRole.Button, new() { Name = "Save playbook" }).First.ClickAsync();
        await Expect(_alicePage.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved." })).ToBeVisibleAsync();

        var playbook = await GetAsync(_alice, $"playbooks/{_playbookId}");
        var checklist = playbook.GetProperty("checklists")[0];
        Assert.That(checklist.GetProperty("title").GetString(), Is.EqualTo("Triage"));
        Assert.That(checklist.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()),
            Is.EqualTo(new[] { "Page the on-call", "Write the summary", "Check replication" }));
        Assert.That(playbook.GetProperty("run_number_prefix").GetString(), Is.EqualTo("DB"));
        Assert.That(playbook.GetProperty("invited_user_ids").EnumerateArray().Select(i => i.GetString()), Is.EqualTo(new[] { _bob.Id }));
        Assert.That(playbook.GetProperty("invite_users_enabled").GetBoolean(), Is.True);
        Assert.That(playbook.GetProperty("broadcast_channel_ids").EnumerateArray().Select(i => i.GetString()), Is.EqualTo(new[] { _stakeholdersId }));
        Assert.That(playbook.GetProperty("metrics")[0].GetProperty("title").GetString(), Is.EqualTo("Time to resolve"));
        Assert.That(playbook.GetProperty("metrics")[0].GetProperty("type").GetString(), Is.EqualTo("metric_duration"));
    }

    [Test, Order(2)]
    public async Task StartRun_FromThePlaybooksList_OpensTheRunChannelWithItsChecklistBeside()
    {
        await _alicePage.GotoAsync("playbooks/playbooks");
        await _alicePage.GetByRole(AriaRole.Button, new() { Name = "Run Database outage" }).ClickAsync();
        var dialog = _alicePage.GetByRole(AriaRole.Dialog, new() { Name = "Run Database outage" });
        await dialog.GetByLabel("Run name").FillAsync(RunName);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Start run" }).ClickAsync();

        await Expect(_alicePage).ToHaveURLAsync(new Regex($"/{_teamName}/channels/[a-z0-9-]+$"));
        await Expect(_alicePage.Locator(".channel-name")).ToHaveTextAsync(RunName);
        var panel = _alicePage.GetByRole(AriaRole.Complementary, new() { Name = "Run" });
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = RunName })).ToBeVisibleAsync();
        await Expect(panel.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(3);
        await Expect(panel.GetByRole(AriaRole.Checkbox, new() { Name = "Page the on-call" })).Not.ToBeCheckedAsync();
        _runId = (await panel.GetByRole(AriaRole.Link, new() { Name = RunName }).GetAttributeAsync("href"))!.Split('/').Last();

        var run = await GetAsync(_alice, $"runs/{_runId}");
        Assert.That(run.GetProperty("playbook_id").GetString(), Is.EqualTo(_playbookId));
        Assert.That(run.GetProperty("participant_ids").EnumerateArray().Select(i => i.GetString()), Is.EquivalentTo(new[] { _alice.Id, _bob.Id }));

        // Town Square has no run: nothing is shown beside it.
        await _alicePage.GotoAsync($"{_teamName}/channels/town-square");
        await Expect(_alicePage.Locator(".channel-name")).ToHaveTextAsync("Town Square");
        await Expect(_alicePage.GetByRole(AriaRole.Complementary, new() { Name = "Run" })).ToHaveCountAsync(0);
    }

    [Test, Order(3)]
    public async Task TwoParticipants_TickItemsOnTheRunPage_AndEachSeesTheOthersTickWithoutReloading()
    {
        await _alicePage.GotoAsync($"playbooks/runs/{_runId}");
        await _bobPage.GotoAsync($"playbooks/runs/{_runId}");
        await Expect(_bobPage.GetByRole(AriaRole.Heading, new() { Name = RunName, Level = 1 })).ToBeVisibleAsync();

        await _alicePage.GetByRole(AriaRole.Checkbox, new() { Name = "Page the on-call" }).CheckAsync();
        await Expect(_bobPage.GetByRole(AriaRole.Checkbox, new() { Name = "Page the on-call" })).ToBeCheckedAsync();

        await _bobPage.GetByRole(AriaRole.Checkbox, new() { Name = "Check replication" }).CheckAsync();
        await Expect(_alicePage.GetByRole(AriaRole.Checkbox, new() { Name = "Check replication" })).ToBeCheckedAsync();
        await Expect(_alicePage.Locator("[data-testid=run-progress]")).ToHaveTextAsync("2 of 3 done");
        await Expect(_alicePage.Locator(".timeline")).ToContainTextAsync("@bob checked off checklist item \"Check replication\"");

        // The panel beside the run channel follows too.
        await _alicePage.GetByRole(AriaRole.Link, new() { Name = "Go to channel" }).ClickAsync();
        var panel = _alicePage.GetByRole(AriaRole.Complementary, new() { Name = "Run" });
        await Expect(panel.GetByRole(AriaRole.Checkbox, new() { Name = "Check replication" })).ToBeCheckedAsync();
        await _bobPage.GetByRole(AriaRole.Checkbox, new() { Name = "Check replication" }).UncheckAsync();
        await Expect(panel.GetByRole(AriaRole.Checkbox, new() { Name = "Check replication" })).Not.ToBeCheckedAsync();
        await Expect(panel.Locator(".run-progress")).ToHaveTextAsync("1 of 3 tasks done");
    }

    [Test, Order(4)]
    public async Task StatusUpdate_PostedFromTheRunPanel_ShowsInTheRunChannelAndLiveInTheBroadcastChannel()
    {
        await _bobPage.GotoAsync($"{_teamName}/channels/stakeholders");
        await Expect(_bobPage.Locator(".channel-name")).ToHaveTextAsync("Stakeholders");
        var panel = _alicePage.GetByRole(AriaRole.Complementary, new() { Name = "Run" });

        await panel.GetByRole(AriaRole.Button, new() { Name = "Post update" }).ClickAsync();
        await panel.GetByLabel("Status update").FillAsync("Failover done, watching error rates");
        await panel.GetByRole(AriaRole.Form, new() { Name = "Post update" }).GetByRole(AriaRole.Button, new() { Name = "Post update" }).ClickAsync();

        await Expect(_alicePage.Locator("#message-list .message-body").Last).ToContainTextAsync("Failover done, watching error rates");
        var broadcast = _bobPage.Locator("#message-list .message-body").Last;
        await Expect(broadcast).ToContainTextAsync($"{RunName} status update:");
        await Expect(broadcast).ToContainTextAsync("Failover done, watching error rates");
        await Expect(panel.GetByLabel("Status update")).ToHaveCountAsync(0);
    }

    [Test, Order(5)]
    public async Task FinishAndPublish_OnlyTheOwnerFinishes_ThenTheRetrospectiveIsPublishedWithItsMetric()
    {
        await _alicePage.GotoAsync($"playbooks/runs/{_runId}");
        await _bobPage.GotoAsync($"playbooks/runs/{_runId}");
        await Expect(_alicePage.Locator(".status-update")).ToContainTextAsync("Failover done, watching error rates");

        await _bobPage.GetByRole(AriaRole.Button, new() { Name = "Finish run" }).ClickAsync();
        await Expect(_bobPage.GetByRole(AriaRole.Alert)).ToContainTextAsync("Only the run's owner or an admin may do this.");
        await Expect(_bobPage.Locator("[data-testid=run-status]")).ToHaveTextAsync("In progress");

        await _alicePage.GetByRole(AriaRole.Button, new() { Name = "Finish run" }).ClickAsync();
        await Expect(_alicePage.Locator("[data-testid=run-status]")).ToHaveTextAsync("Finished");
        await Expect(_bobPage.Locator("[data-testid=run-status]")).ToHaveTextAsync("Finished");

        await _alicePage.GetByLabel("Time to resolve (minutes)").FillAsync("42");
        await _alicePage.GetByLabel("Report", new() { Exact = true }).FillAsync("Replication lag hid the failover.");
        await _alicePage.GetByRole(AriaRole.Button, new() { Name = "Publish retrospective" }).ClickAsync();
        await Expect(_alicePage.GetByRole(AriaRole.Status).Filter(new() { HasText = "Published" })).ToBeVisibleAsync();
        await Expect(_bobPage.GetByRole(AriaRole.Status).Filter(new() { HasText = "Published" })).ToBeVisibleAsync();

        var run = await GetAsync(_alice, $"runs/{_runId}");
        Assert.That(run.GetProperty("current_status").GetString(), Is.EqualTo("Finished"));
        Assert.That(run.GetProperty("retrospective").GetString(), Is.EqualTo("Replication lag hid the failover."));
        Assert.That(run.GetProperty("retrospective_published_at").GetInt64(), Is.GreaterThan(0));
        var metric = run.GetProperty("metrics_data")[0];
        Assert.That(metric.GetProperty("value").GetInt64(), Is.EqualTo(42 * 60_000), "minutes typed, milliseconds stored");
    }

    [Test, Order(6)]
    public async Task ReportButtons_DownloadTheRunsReportAsMarkdownAndHtml()
    {
        var markdown = await DownloadAsync(_alicePage.GetByRole(AriaRole.Link, new() { Name = "Download report", Exact = true }));
        Assert.That(markdown.FileName, Is.EqualTo("DB-00001-report.md"));
        Assert.That(markdown.Text, Does.StartWith($"# DB-00001: {RunName}"));
        Assert.That(markdown.Text, Does.Contain("- [x] Page the on-call"));
        Assert.That(markdown.Text, Does.Contain("- [ ] Check replication"));
        Assert.That(markdown.Text, Does.Contain("Failover done, watching error rates"));
        Assert.That(markdown.Text, Does.Contain("| Time to resolve | 42 min 0 s |"));
        Assert.That(markdown.Text, Does.Contain("Replication lag hid the failover."));

        var html = await DownloadAsync(_alicePage.GetByRole(AriaRole.Link, new() { Name = "Download report (HTML)" }));
        Assert.That(html.FileName, Is.EqualTo("DB-00001-report.html"));
        Assert.That(html.Text, Does.Contain("<h1").And.Contain(RunName).And.Contain("Replication lag hid the failover."));
    }

    [Test, Order(7)]
    public async Task RunsList_FiltersByStatusAndLinksToTheRun()
    {
        await _bobPage.GotoAsync("playbooks/runs");
        await Expect(_bobPage.GetByRole(AriaRole.Heading, new() { Name = "Runs", Level = 1 })).ToBeVisibleAsync();
        await Expect(_bobPage.Locator($"tr[data-run-id='{_runId}']")).ToHaveCountAsync(0);

        await _bobPage.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("Finished");
        await Expect(_bobPage.Locator($"tr[data-run-id='{_runId}']")).ToContainTextAsync("Finished");
        await _bobPage.GetByLabel("Search runs").FillAsync("no such run");
        await _bobPage.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(_bobPage.Locator("tr[data-run-id]")).ToHaveCountAsync(0);
        await _bobPage.GetByLabel("Search runs").FillAsync("checkout");
        await _bobPage.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await _bobPage.GetByRole(AriaRole.Link, new() { Name = RunName }).ClickAsync();
        await Expect(_bobPage).ToHaveURLAsync(new Regex($"/playbooks/runs/{_runId}$"));
    }

    private async Task<IPage> SignedInPageAsync(string username)
    {
        var page = await _host.NewUserPageAsync();
        await page.GotoAsync("login");
        await page.GetByLabel("Email or username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(SuiteApi.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        return page;
    }

    private static async Task<JsonElement> GetAsync(SignedInUser user, string path)
    {
        using var response = await user.Client.GetAsync(new Uri($"/{PlaybooksApi}/{path}", UriKind.Relative));
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    private static async Task<(string FileName, string Text)> DownloadAsync(ILocator link)
    {
        var download = await link.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.That(await download.FailureAsync(), Is.Null);
        return (download.SuggestedFilename, await File.ReadAllTextAsync(await download.PathAsync()));
    }
}
