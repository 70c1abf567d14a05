using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>What a run records and says when its tasks, owner and retrospective change, and when it starts from a post, in Mattermost's words.</summary>
public sealed class RunAnnouncementTests : PlaybooksFixture
{
    private static string Message(JsonElement post) => post.GetProperty("message").GetString()!;

    private static List<JsonElement> Entries(JsonElement run, string type) =>
        run.GetProperty("timeline_events").EnumerateArray().Where(e => e.GetProperty("event_type").GetString() == type).ToList();

    private static string Details(JsonElement entry) => JsonDocument.Parse(entry.GetProperty("details").GetString()!).RootElement.GetRawText();

    [Test]
    public async Task TaskEntries_NameTheActionAndTheTaskAsMattermostDoes()
    {
        var id = (await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client))).GetProperty("id").GetString()!;
        var path = $"{Root}/runs/{id}/checklists/0/item/1/state";

        foreach (var state in new[] { "closed", "", "skipped", "" })
        {
            using var response = await PutAsync(Owner.Client, path, new { new_state = state });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), state);
        }

        var entries = Entries(await GetAsync(Owner.Client, $"{Root}/runs/{id}"), "task_state_modified");
        Assert.That(entries.Select(e => e.GetProperty("summary").GetString()), Is.EqualTo(new[]
        {
            "checked off checklist item **Open a bridge**", "unchecked checklist item **Open a bridge**",
            "skipped checklist item **Open a bridge**", "restored checklist item **Open a bridge**",
        }));
        Assert.That(entries.Select(Details), Is.EqualTo(new[] { "check", "uncheck", "skip", "restore" }.Select(a => $"{{\"action\":\"{a}\",\"task\":\"Open a bridge\"}}")));
        Assert.That(entries.Select(e => e.GetProperty("subject_user_id").GetString()), Is.All.EqualTo(Owner.Id));
    }

    [Test]
    public async Task TheOwnerAssigningSomeoneNew_WritesMattermostsEntry_MakesThemAParticipant_AndTellsThem()
    {
        using var helper = await TeamMemberAsync();
        var run = await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client));
        var id = run.GetProperty("id").GetString()!;

        using var assigned = await PutAsync(Owner.Client, $"{Root}/runs/{id}/checklists/0/item/1/assignee", new { assignee_id = helper.Id });

        Assert.That(assigned.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var after = await GetAsync(helper.Client, $"{Root}/runs/{id}");
        var entry = Entries(after, "assignee_changed").Single();
        Assert.That(entry.GetProperty("summary").GetString(), Is.EqualTo($"changed assignee of checklist item **Open a bridge** from **No Assignee** to **@{helper.User.Username}**"));
        Assert.That(entry.GetProperty("subject_user_id").GetString(), Is.EqualTo(Owner.Id), "the entry names who assigned");
        Assert.That(after.GetProperty("participant_ids").EnumerateArray().Select(p => p.GetString()), Does.Contain(helper.Id));
        await GetAsync(helper.Client, $"/api/v4/channels/{run.GetProperty("channel_id").GetString()}");
        var told = (await DirectMessagesAsync(helper)).Select(Message).Single();
        Assert.That(told, Does.StartWith($"@{Owner.User.Username} assigned you the task **Open a bridge** (previously assigned to No Assignee) for the run: [DB primary down](/playbooks/runs/{id}?from=dm_assignedtask)"));
        Assert.That(told, Does.EndWith("#taskassigned"));
    }

    [Test]
    public async Task AParticipantAssigningSomeoneOutsideTheRun_NeitherAddsNorTellsThem()
    {
        using var responder = await TeamMemberAsync();
        using var bystander = await TeamMemberAsync();
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["invite_users_enabled"] = true, ["invited_user_ids"] = new[] { responder.Id } });
        var id = (await CreateRunAsync(Owner.Client, playbookId)).GetProperty("id").GetString()!;

        using var assigned = await PutAsync(responder.Client, $"{Root}/runs/{id}/checklists/0/item/1/assignee", new { assignee_id = bystander.Id });

        Assert.That(assigned.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var after = await GetAsync(Owner.Client, $"{Root}/runs/{id}");
        Assert.That(Item(after, 0, 1, "assignee_id"), Is.EqualTo(bystander.Id));
        Assert.That(after.GetProperty("participant_ids").EnumerateArray().Select(p => p.GetString()), Does.Not.Contain(bystander.Id));
        Assert.That(await DirectMessagesAsync(bystander), Is.Empty);
    }

    [Test]
    public async Task ChangingTheOwner_WritesOldToNew_HandsOverTheOwnersTasks_AndTellsTheNewOwner()
    {
        using var next = await TeamMemberAsync();
        var id = (await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client))).GetProperty("id").GetString()!;

        using var response = await Owner.Client.PostAsync($"{Root}/runs/{id}/owner", SuiteApi.Json(new { owner_id = next.Id }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var after = await GetAsync(next.Client, $"{Root}/runs/{id}");
        var changed = Entries(after, "owner_changed").Single();
        Assert.That(changed.GetProperty("summary").GetString(), Is.EqualTo($"@{Owner.User.Username} to @{next.User.Username}"));
        Assert.That((changed.GetProperty("subject_user_id").GetString(), changed.GetProperty("creator_user_id").GetString()), Is.EqualTo((next.Id, Owner.Id)));
        Assert.That(Item(after, 0, 0, "assignee_id"), Is.EqualTo(next.Id), "the item assigned to the owner's role");
        Assert.That(Item(after, 0, 1, "assignee_id"), Is.Empty);
        Assert.That(Entries(after, "assignee_changed").Select(e => e.GetProperty("summary").GetString()),
            Is.EqualTo(new[] { $"changed assignee of checklist item **Page the DBA** from **@{Owner.User.Username}** to **@{next.User.Username}**" }));
        Assert.That((await DirectMessagesAsync(next)).Select(Message), Is.EqualTo(new[]
        {
            $"@{Owner.User.Username} changed the owner for run: [DB primary down](/playbooks/runs/{id}) from **@{Owner.User.Username}** to **@{next.User.Username}**",
        }));
    }

    [Test]
    public async Task PublishingTheRetrospective_AnnouncesItInTheChannelAndTellsTheFollowers_ButNotThePublisher()
    {
        using var follower = await TeamMemberAsync();
        var run = await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client));
        var id = run.GetProperty("id").GetString()!;
        using var followed = await PutAsync(follower.Client, $"{Root}/runs/{id}/followers", new { });
        using var ownerFollows = await PutAsync(Owner.Client, $"{Root}/runs/{id}/followers", new { });

        using var published = await Owner.Client.PostAsync($"{Root}/runs/{id}/retrospective/publish", SuiteApi.Json(new { retrospective = "The replica lagged.", metrics = Array.Empty<object>() }));

        Assert.That(published.IsSuccessStatusCode, Is.True, await published.Content.ReadAsStringAsync());
        var post = (await ChannelPostsAsync(Owner.Client, run.GetProperty("channel_id").GetString()!)).First(p => p.GetProperty("type").GetString() == "custom_retro");
        Assert.That(Message(post), Is.EqualTo(
            $"@channel Retrospective for [DB primary down](/playbooks/runs/{id}) has been published by @{Owner.User.Username}\n[See the full retrospective](/playbooks/runs/{id}/retrospective)\n"));
        Assert.That(post.GetProperty("props").GetProperty("retrospectiveText").GetString(), Is.EqualTo("The replica lagged."));
        Assert.That(post.GetProperty("props").GetProperty("metricsData").GetString(), Is.EqualTo("null"));
        Assert.That((await DirectMessagesAsync(follower)).Select(Message), Does.Contain(
            $"@{Owner.User.Username} published the retrospective report for [DB primary down](/playbooks/runs/{id}/retrospective).\nThe replica lagged."));
        Assert.That((await DirectMessagesAsync(Owner)).Select(Message).Where(m => m.Contains("retrospective", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task ARunStartedFromAPost_QuotesThePostInItsChannel()
    {
        var channelId = await Owner.Client.CreateChannelAsync(TeamId);
        var postId = await Owner.Client.PostAsync(channelId, "Disk full on db-3");

        using var response = await Owner.Client.PostAsync($"{Root}/runs", SuiteApi.Json(new { name = "Disk", team_id = TeamId, playbook_id = await CreatePlaybookAsync(Owner.Client), post_id = postId }));

        var run = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.That(run.GetProperty("post_id").GetString(), Is.EqualTo(postId));
        var quote = (await ChannelPostsAsync(Owner.Client, run.GetProperty("channel_id").GetString()!)).Single(p => Message(p).StartsWith("[Original Post]", StringComparison.Ordinal));
        Assert.That(Message(quote), Is.EqualTo($"[Original Post](/_redirect/pl/{postId})\n > Disk full on db-3"));
        Assert.That(quote.GetProperty("user_id").GetString(), Is.EqualTo(await PlaybooksBotIdAsync()));
    }

    [Test]
    public async Task StartingARunFromAPostTheCallerCannotRead_IsRefusedAndStartsNothing()
    {
        using var member = await TeamMemberAsync();
        var secret = await Owner.Client.CreateChannelAsync(TeamId, "P");
        var postId = await Owner.Client.PostAsync(secret, "Credentials rotated");
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var before = (await GetAsync(Owner.Client, $"{Root}/runs?team_id={TeamId}&per_page=200")).GetProperty("total_count").GetInt32();

        using var response = await member.Client.PostAsync($"{Root}/runs", SuiteApi.Json(new { name = "Peek", team_id = TeamId, playbook_id = playbookId, post_id = postId }));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain("post_id"));
        Assert.That((await GetAsync(Owner.Client, $"{Root}/runs?team_id={TeamId}&per_page=200")).GetProperty("total_count").GetInt32(), Is.EqualTo(before));
    }

    [Test]
    public async Task ARunStartedWithoutASummary_TakesThePlaybooksSummaryTemplate()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["run_summary_template_enabled"] = true, ["run_summary_template"] = "Impact: ?\nCustomers: ?" });

        var templated = await CreateRunAsync(Owner.Client, playbookId);
        using var described = await Owner.Client.PostAsync($"{Root}/runs", SuiteApi.Json(new { name = "Known", team_id = TeamId, playbook_id = playbookId, description = "Checkout is down" }));

        Assert.That(templated.GetProperty("summary").GetString(), Is.EqualTo("Impact: ?\nCustomers: ?"));
        Assert.That((await described.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("summary").GetString(), Is.EqualTo("Checkout is down"));
    }
}
