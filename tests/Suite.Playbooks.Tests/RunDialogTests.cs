using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>The interactive dialog routes: starting a run, finishing it, posting a status update and adding a task from Mattermost's dialog submissions.</summary>
public sealed class RunDialogTests : PlaybooksFixture
{
    private static string Id(JsonElement element) => element.GetProperty("id").GetString()!;

    /// <summary>Mattermost's <c>SubmitDialogRequest</c> as its web app posts it.</summary>
    private StringContent Dialog(string userId, object submission, string state = "{}", string channelId = "") => SuiteApi.Json(new
    {
        type = "dialog_submission",
        callback_id = "",
        state,
        user_id = userId,
        channel_id = channelId,
        team_id = TeamId,
        submission,
        cancelled = false,
    });

    /// <summary>The "Run playbook" dialog's elements, named as the plugin names them (camelCase, which <see cref="SuiteApi.Json"/> would rename).</summary>
    private static Dictionary<string, string> RunSubmission(string? playbookId, string name)
    {
        var submission = new Dictionary<string, string> { ["playbookRunName"] = name };
        if (playbookId is not null)
        {
            submission["playbookID"] = playbookId;
        }

        return submission;
    }

    private async Task<int> RunCountAsync() => (await GetAsync(Owner.Client, $"{Root}/runs?team_id={TeamId}")).GetProperty("total_count").GetInt32();

    private async Task<JsonElement> RunAsync(string id) => await GetAsync(Owner.Client, $"{Root}/runs/{id}");

    [Test]
    public async Task CreateRunDialog_WithAPlaybookAndAName_Answers201WithTheRunsLocationStartsItForTheSubmitterAndSaysWhere()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        using var member = await TeamMemberAsync();
        var openedIn = await member.Client.CreateChannelAsync(TeamId);
        await using var events = await EventClient.ConnectAsync(Server.BaseAddress, member.Token);

        using var response = await member.Client.PostAsync(
            $"{Root}/runs/dialog", Dialog(member.Id, RunSubmission(playbookId, "  Cache stampede "), state: "{\"post_id\":\"\",\"client_id\":\"web-1\"}", channelId: openedIn));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
        var location = response.Headers.Location!.OriginalString;
        Assert.That(location, Does.Match("^/api/v0/runs/[a-z0-9]{26}$"));
        var run = await RunAsync(location[(location.LastIndexOf('/') + 1)..]);
        Assert.That(run.GetProperty("name").GetString(), Is.EqualTo("Cache stampede"));
        Assert.That(run.GetProperty("playbook_id").GetString(), Is.EqualTo(playbookId));
        Assert.That(run.GetProperty("owner_user_id").GetString(), Is.EqualTo(member.Id));
        Assert.That(run.GetProperty("reporter_user_id").GetString(), Is.EqualTo(member.Id));
        Assert.That(run.GetProperty("checklists").GetArrayLength(), Is.EqualTo(2), "the playbook's checklists");
        var runChannel = await GetAsync(member.Client, $"/api/v4/channels/{run.GetProperty("channel_id").GetString()}");
        var said = await events.NextAsync("ephemeral_message");
        using var post = JsonDocument.Parse(said.GetProperty("data").GetProperty("post").GetString()!);
        Assert.That(post.RootElement.GetProperty("message").GetString(), Is.EqualTo($"Playbook run Cache stampede started in ~{runChannel.GetProperty("name").GetString()}"));
        Assert.That(post.RootElement.GetProperty("channel_id").GetString(), Is.EqualTo(openedIn));
        Assert.That(post.RootElement.GetProperty("user_id").GetString(), Is.EqualTo(await PlaybooksBotIdAsync()));
    }

    [Test]
    public async Task CreateRunDialog_WithANameTooLong_AnswersTheErrorOnTheNameElementAndStartsNothing()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var before = await RunCountAsync();

        using var response = await Owner.Client.PostAsync($"{Root}/runs/dialog", Dialog(Owner.Id, RunSubmission(playbookId, new string('x', 1025))));

        var body = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(body.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "errors" }));
        Assert.That(body.GetProperty("errors").GetProperty("playbookRunName").GetString(), Does.Contain("too long"));
        Assert.That(await RunCountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task CreateRunDialog_ImpersonatingWithBadStateWithoutPlaybookOrName_Answers400AndStartsNothing()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        using var member = await TeamMemberAsync();
        var before = await RunCountAsync();

        using var impersonated = await Owner.Client.PostAsync($"{Root}/runs/dialog", Dialog(member.Id, RunSubmission(playbookId, "x")));
        using var badState = await Owner.Client.PostAsync($"{Root}/runs/dialog", Dialog(Owner.Id, RunSubmission(playbookId, "x"), state: "not json"));
        using var noPlaybook = await Owner.Client.PostAsync($"{Root}/runs/dialog", Dialog(Owner.Id, RunSubmission(null, "x")));
        using var noName = await Owner.Client.PostAsync($"{Root}/runs/dialog", Dialog(Owner.Id, RunSubmission(playbookId, " ")));
        using var notJson = await Owner.Client.PostAsync($"{Root}/runs/dialog", SuiteApi.Raw("{\"user_id\":"));

        Assert.That(await ReadPluginErrorAsync(impersonated, HttpStatusCode.BadRequest), Does.Contain("user_id"));
        Assert.That(await ReadPluginErrorAsync(badState, HttpStatusCode.BadRequest), Does.Contain("state"));
        Assert.That(await ReadPluginErrorAsync(noPlaybook, HttpStatusCode.BadRequest), Does.Contain("playbookID"));
        await ReadPluginErrorAsync(noName, HttpStatusCode.BadRequest);
        await ReadPluginErrorAsync(notJson, HttpStatusCode.BadRequest);
        Assert.That(await RunCountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task CreateRunDialog_WithNoNameForAPlaybookWithAChannelNameTemplate_NamesTheRunAndItsChannelFromTheTemplate()
    {
        using var member = await TeamMemberAsync();
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["channel_name_template"] = "Outage { seq } for {Owner} by {CREATOR}", ["run_number_prefix"] = "OUT" });

        using var response = await member.Client.PostAsync($"{Root}/runs/dialog", Dialog(member.Id, RunSubmission(playbookId, "  ")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.OriginalString;
        var run = await RunAsync(location[(location.LastIndexOf('/') + 1)..]);
        var expected = $"Outage OUT-00001 for {member.User.Username} by {member.User.Username}";
        Assert.That(run.GetProperty("name").GetString(), Is.EqualTo(expected));
        var channel = await GetAsync(member.Client, $"/api/v4/channels/{run.GetProperty("channel_id").GetString()}");
        Assert.That(channel.GetProperty("display_name").GetString(), Is.EqualTo(expected));
    }

    [Test]
    public async Task CreateRunDialog_WithNoNameForAPlaybookWhoseTemplateNeedsRunAttributes_Answers400AndStartsNothing()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["channel_name_template"] = "{SEQ} {Severity}" });
        var before = await RunCountAsync();

        using var response = await Owner.Client.PostAsync($"{Root}/runs/dialog", Dialog(Owner.Id, RunSubmission(playbookId, "")));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain("Severity"));
        Assert.That(await RunCountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task CreateRunDialog_ForATeamOrPlaybookTheSubmitterCannotSee_IsRefusedAndStartsNothing()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        using var outsider = await OutsiderAsync();
        var otherTeam = (await SuiteApi.CreateTeamAsync(outsider.Client)).GetProperty("id").GetString()!;
        var before = await RunCountAsync();

        using var notInTeam = await outsider.Client.PostAsync($"{Root}/runs/dialog", Dialog(outsider.Id, RunSubmission(playbookId, "x")));
        using var playbookElsewhere = await outsider.Client.PostAsync(
            $"{Root}/runs/dialog", SuiteApi.Json(new { user_id = outsider.Id, team_id = otherTeam, state = "{}", submission = RunSubmission(playbookId, "x") }));
        using var anonymous = await Api.Anonymous().PostAsync($"{Root}/runs/dialog", Dialog(Owner.Id, RunSubmission(playbookId, "x")));

        await ReadPluginErrorAsync(notInTeam, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(playbookElsewhere, HttpStatusCode.NotFound);
        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await RunCountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task FinishDialog_ByTheOwner_FinishesTheRun()
    {
        var run = await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client));

        using var response = await Owner.Client.PostAsync($"{Root}/runs/{Id(run)}/finish-dialog", SuiteApi.Json(new { user_id = Owner.Id, submission = new { } }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var finished = await RunAsync(Id(run));
        Assert.That(finished.GetProperty("current_status").GetString(), Is.EqualTo("Finished"));
        Assert.That(TimelineTypes(finished), Does.Contain("run_finished"));
    }

    [Test]
    public async Task FinishDialog_ByOneWhoMayNotFinishOrCannotSeeTheRun_AnswersTheDialogErrorAndLeavesItInProgress()
    {
        var run = await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client));
        using var member = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();

        using var byMember = await member.Client.PostAsync($"{Root}/runs/{Id(run)}/finish-dialog", SuiteApi.Json(new { user_id = member.Id }));
        using var byOutsider = await outsider.Client.PostAsync($"{Root}/runs/{Id(run)}/finish-dialog", SuiteApi.Json(new { user_id = outsider.Id }));

        foreach (var response in new[] { byMember, byOutsider })
        {
            var body = await response.ReadJsonAsync(HttpStatusCode.OK);
            Assert.That(body.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "error" }));
            Assert.That(body.GetProperty("error").GetString(), Is.EqualTo("You don't have permission to finish this run."));
        }

        Assert.That((await RunAsync(Id(run))).GetProperty("current_status").GetString(), Is.EqualTo("InProgress"));
    }

    [Test]
    public async Task UpdateStatusDialog_WithAMessageAndAReminderInSeconds_PostsTheUpdate()
    {
        var run = await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client));

        using var response = await Owner.Client.PostAsync($"{Root}/runs/{Id(run)}/update-status-dialog", Dialog(Owner.Id, new { message = " Replica promoted ", reminder = "900" }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var updated = await RunAsync(Id(run));
        Assert.That(updated.GetProperty("status_posts").GetArrayLength(), Is.EqualTo(1));
        Assert.That(updated.GetProperty("previous_reminder").GetInt64(), Is.EqualTo(900L * 1_000_000_000));
        Assert.That(updated.GetProperty("current_status").GetString(), Is.EqualTo("InProgress"));
        var updates = await GetAsync(Owner.Client, $"{Root}/runs/{Id(run)}/status-updates");
        Assert.That(updates[0].GetProperty("message").GetString(), Is.EqualTo("Replica promoted"));
    }

    [Test]
    public async Task UpdateStatusDialog_WithFinishRun_PostsTheUpdateAndFinishesWithoutAReminder()
    {
        var run = await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client));

        using var response = await Owner.Client.PostAsync($"{Root}/runs/{Id(run)}/update-status-dialog", Dialog(Owner.Id, new { message = "Resolved", finish_run = true }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var updated = await RunAsync(Id(run));
        Assert.That(updated.GetProperty("status_posts").GetArrayLength(), Is.EqualTo(1));
        Assert.That(updated.GetProperty("current_status").GetString(), Is.EqualTo("Finished"));
    }

    [TestCase("{\"message\":\"\",\"reminder\":\"900\"}", "message")]
    [TestCase("{\"message\":42,\"reminder\":\"900\"}", "message")]
    [TestCase("{\"message\":\"Still down\"}", "reminder")]
    [TestCase("{\"message\":\"Still down\",\"reminder\":\"soon\"}", "reminder")]
    [TestCase("{\"message\":\"Still down\",\"reminder\":900}", "reminder")]
    public async Task UpdateStatusDialog_WithBadInput_Answers400AndPostsNothing(string submission, string named)
    {
        var run = await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client));
        var body = $"{{\"user_id\":\"{Owner.Id}\",\"state\":\"\",\"submission\":{submission}}}";

        using var response = await Owner.Client.PostAsync($"{Root}/runs/{Id(run)}/update-status-dialog", SuiteApi.Raw(body));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain(named));
        Assert.That((await RunAsync(Id(run))).GetProperty("status_posts").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task UpdateStatusDialog_ByANonParticipantOrAnOutsider_IsRefusedAndPostsNothing()
    {
        var run = await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client));
        using var member = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();

        using var byMember = await member.Client.PostAsync($"{Root}/runs/{Id(run)}/update-status-dialog", Dialog(member.Id, new { message = "x", reminder = "60" }));
        using var byOutsider = await outsider.Client.PostAsync($"{Root}/runs/{Id(run)}/update-status-dialog", Dialog(outsider.Id, new { message = "x", reminder = "60" }));

        await ReadPluginErrorAsync(byMember, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(byOutsider, HttpStatusCode.NotFound);
        Assert.That((await RunAsync(Id(run))).GetProperty("status_posts").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task AddItemDialog_WithANameAndDescription_AppendsTheTaskToTheChecklist()
    {
        var run = await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client));

        using var response = await Owner.Client.PostAsync($"{Root}/runs/{Id(run)}/checklists/1/add-dialog", Dialog(Owner.Id, new { name = " Check replication lag ", description = "On every replica" }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var updated = await RunAsync(Id(run));
        var items = updated.GetProperty("checklists")[1].GetProperty("items");
        Assert.That(items.GetArrayLength(), Is.EqualTo(2));
        Assert.That(Item(updated, 1, 1, "title"), Is.EqualTo("Check replication lag"));
        Assert.That(Item(updated, 1, 1, "description"), Is.EqualTo("On every replica"));
        Assert.That(Item(updated, 1, 1, "id"), Has.Length.EqualTo(26));
    }

    [Test]
    public async Task AddItemDialog_BlankImpersonatedOutOfRangeOrByANonParticipant_IsRefusedAndAddsNothing()
    {
        var run = await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client));
        using var member = await TeamMemberAsync();

        using var blank = await Owner.Client.PostAsync($"{Root}/runs/{Id(run)}/checklists/0/add-dialog", Dialog(Owner.Id, new { name = "  ", description = "x" }));
        using var impersonated = await Owner.Client.PostAsync($"{Root}/runs/{Id(run)}/checklists/0/add-dialog", Dialog(member.Id, new { name = "Task" }));
        using var outOfRange = await Owner.Client.PostAsync($"{Root}/runs/{Id(run)}/checklists/7/add-dialog", Dialog(Owner.Id, new { name = "Task" }));
        using var notParticipant = await member.Client.PostAsync($"{Root}/runs/{Id(run)}/checklists/0/add-dialog", Dialog(member.Id, new { name = "Task" }));

        Assert.That(await ReadPluginErrorAsync(blank, HttpStatusCode.BadRequest), Does.Contain("name"));
        Assert.That(await ReadPluginErrorAsync(impersonated, HttpStatusCode.BadRequest), Does.Contain("user_id"));
        await ReadPluginErrorAsync(outOfRange, HttpStatusCode.BadRequest);
        await ReadPluginErrorAsync(notParticipant, HttpStatusCode.Forbidden);
        var checklists = (await RunAsync(Id(run))).GetProperty("checklists");
        Assert.That(checklists.EnumerateArray().Select(c => c.GetProperty("items").GetArrayLength()), Is.EqualTo(new[] { 2, 1 }));
    }
}
