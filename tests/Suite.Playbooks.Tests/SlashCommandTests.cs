using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary><c>/playbook</c> through <c>POST /api/v4/commands/execute</c>: each sub-command's effect on the channel's run, and its refusals.</summary>
public sealed class SlashCommandTests : PlaybooksFixture
{
    private async Task<(string RunId, string ChannelId)> StartRunAsync(SignedInUser? responder = null, string name = "DB primary down")
    {
        var settings = responder is null ? null : new Dictionary<string, object?> { ["invite_users_enabled"] = true, ["invited_user_ids"] = new[] { responder.Id } };
        var run = await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client, settings), name: name);
        return (run.GetProperty("id").GetString()!, run.GetProperty("channel_id").GetString()!);
    }

    private Task<JsonElement> ExecuteAsync(HttpClient client, string channelId, string command) => client.ExecuteAsync(channelId, TeamId, command);

    private Task<JsonElement> RunAsync(string runId) => GetAsync(Owner.Client, $"{Root}/runs/{runId}");

    [TestCase("/playbook")]
    [TestCase("/playbook dance")]
    [TestCase("/playbook help")]
    public async Task Playbook_WithoutAKnownSubCommand_AnswersTheHelpToTheCallerOnly(string command)
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);

        var response = await ExecuteAsync(Owner.Client, channel, command);

        Assert.That(response.GetProperty("response_type").GetString(), Is.EqualTo("ephemeral"));
        foreach (var sub in new[] { "run", "finish", "update", "check", "checkadd", "checkremove", "owner", "info", "timeline", "todo", "list" })
        {
            Assert.That(response.Text(), Does.Contain($"`/playbook {sub}"), sub);
        }
    }

    [Test]
    public async Task Autocomplete_ListsThePlaybookCommand()
    {
        var commands = await GetAsync(Owner.Client, $"/api/v4/teams/{TeamId}/commands/autocomplete");

        var playbook = commands.EnumerateArray().Single(c => c.GetProperty("trigger").GetString() == "playbook");
        Assert.That(playbook.GetProperty("auto_complete_desc").GetString(), Does.Contain("checkadd"));
    }

    [Test]
    public async Task Run_WithoutArguments_ListsThePlaybooksTheCallerCanRun()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["title"] = "Payment outage" });
        var channel = await Owner.Client.CreateChannelAsync(TeamId);

        var response = await ExecuteAsync(Owner.Client, channel, "/playbook run");

        Assert.That(response.Text(), Does.Contain("**Payment outage**").And.Contain(playbookId));
    }

    [TestCase("by title")]
    [TestCase("by quoted title")]
    [TestCase("by id")]
    public async Task Run_NamingAPlaybookAndARunName_StartsTheRunAsTheCaller(string how)
    {
        using var member = await TeamMemberAsync();
        var title = "Disk full " + Guid.NewGuid().ToString("N")[..6];
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["title"] = title });
        var channel = await member.Client.CreateChannelAsync(TeamId);
        var named = how switch
        {
            "by title" => title.ToUpperInvariant(),
            "by quoted title" => $"\"{title}\"",
            _ => playbookId,
        };

        var response = await ExecuteAsync(member.Client, channel, $"/playbook run {named} Disk full on db-3");

        Assert.That(response.Text(), Does.Contain("You started the run **Disk full on db-3**"));
        var runs = await GetAsync(member.Client, $"{Root}/runs?playbook_id={playbookId}");
        Assert.That(runs.GetProperty("total_count").GetInt32(), Is.EqualTo(1));
        var run = runs.GetProperty("items")[0];
        Assert.That(run.GetProperty("name").GetString(), Is.EqualTo("Disk full on db-3"));
        Assert.That(run.GetProperty("owner_user_id").GetString(), Is.EqualTo(member.Id));
    }

    [Test]
    public async Task Run_WithOnlyThePlaybook_NamesTheRunAfterIt()
    {
        var title = "Cache stampede " + Guid.NewGuid().ToString("N")[..6];
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["title"] = title });
        var channel = await Owner.Client.CreateChannelAsync(TeamId);

        await ExecuteAsync(Owner.Client, channel, $"/playbook run {title}");

        var runs = await GetAsync(Owner.Client, $"{Root}/runs?playbook_id={playbookId}");
        Assert.That(runs.GetProperty("items")[0].GetProperty("name").GetString(), Is.EqualTo(title));
    }

    [Test]
    public async Task Run_OfAnUnknownOrArchivedPlaybook_SaysSoAndStartsNothing()
    {
        var archived = await CreatePlaybookAsync(Owner.Client, new() { ["title"] = "Retired process" });
        using (var deleted = await Owner.Client.DeleteAsync($"{Root}/playbooks/{archived}"))
        {
            Assert.That(deleted.IsSuccessStatusCode, Is.True);
        }

        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var before = (await GetAsync(Owner.Client, $"{Root}/runs?team_id={TeamId}")).GetProperty("total_count").GetInt32();

        var unknown = await ExecuteAsync(Owner.Client, channel, "/playbook run No such playbook");
        var retired = await ExecuteAsync(Owner.Client, channel, "/playbook run Retired process");

        Assert.That(unknown.Text(), Does.Contain("There is no playbook \"No such playbook\""));
        Assert.That(retired.Text(), Does.Contain("There is no playbook \"Retired process\""));
        Assert.That((await GetAsync(Owner.Client, $"{Root}/runs?team_id={TeamId}")).GetProperty("total_count").GetInt32(), Is.EqualTo(before));
    }

    [Test]
    public async Task RunSubCommands_OutsideARunChannel_SayTheyOnlyWorkInOne()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);

        foreach (var command in new[] { "finish", "update hi", "check 0 0", "checkadd 0 x", "checkremove 0 0", "owner", "info", "timeline" })
        {
            Assert.That((await ExecuteAsync(Owner.Client, channel, $"/playbook {command}")).Text(), Is.EqualTo("This command only works when run from a playbook run channel."), command);
        }
    }

    [Test]
    public async Task Finish_ByTheOwner_FinishesTheRun()
    {
        var (runId, channel) = await StartRunAsync();

        var response = await ExecuteAsync(Owner.Client, channel, "/playbook finish");

        Assert.That(response.Text(), Does.Contain("You finished the run"));
        var run = await RunAsync(runId);
        Assert.That(run.GetProperty("current_status").GetString(), Is.EqualTo("Finished"));
        Assert.That(TimelineTypes(run), Does.Contain("run_finished"));
    }

    [Test]
    public async Task Finish_ByAParticipantWhoIsNotTheOwner_IsRefusedAndTheRunGoesOn()
    {
        using var responder = await TeamMemberAsync();
        var (runId, channel) = await StartRunAsync(responder);

        var response = await ExecuteAsync(responder.Client, channel, "/playbook finish");

        Assert.That(response.Text(), Is.EqualTo("You do not have permission to finish this run."));
        Assert.That((await RunAsync(runId)).GetProperty("current_status").GetString(), Is.EqualTo("InProgress"));
    }

    [Test]
    public async Task Update_PostsTheStatusUpdateInTheRunChannel()
    {
        var (runId, channel) = await StartRunAsync();

        await ExecuteAsync(Owner.Client, channel, "/playbook update Failover done,  watching replicas");

        var run = await RunAsync(runId);
        Assert.That(run.GetProperty("status_posts").GetArrayLength(), Is.EqualTo(1));
        Assert.That(run.GetProperty("previous_reminder").GetInt64(), Is.EqualTo(24L * 60 * 60 * 1_000_000_000), "the playbook's default cadence");
        var posts = await GetAsync(Owner.Client, $"/api/v4/channels/{channel}/posts");
        Assert.That(
            posts.GetProperty("posts").EnumerateObject().Select(p => p.Value).Where(p => p.GetProperty("type").GetString() == "custom_run_update").Select(p => p.GetProperty("message").GetString()),
            Is.EqualTo(new[] { "Failover done,  watching replicas" }));
    }

    [Test]
    public async Task Update_WithoutAMessage_AnswersTheUsageAndPostsNothing()
    {
        var (runId, channel) = await StartRunAsync();

        var response = await ExecuteAsync(Owner.Client, channel, "/playbook update");

        Assert.That(response.Text(), Does.Contain("/playbook update [run #] <message>"));
        Assert.That((await RunAsync(runId)).GetProperty("status_posts").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Check_TogglesTheItem()
    {
        var (runId, channel) = await StartRunAsync();

        await ExecuteAsync(Owner.Client, channel, "/playbook check 0 1");
        var checkedOff = await RunAsync(runId);
        await ExecuteAsync(Owner.Client, channel, "/playbook check 0 1");
        var unchecked_ = await RunAsync(runId);

        Assert.That(Item(checkedOff, 0, 1, "state"), Is.EqualTo("closed"));
        Assert.That(Item(unchecked_, 0, 1, "state"), Is.EqualTo(""));
    }

    [TestCase("check 0", "two arguments")]
    [TestCase("check a b", "must be numbers")]
    [TestCase("check 5 0", "no checklist 5; its checklists are numbered 0 to 1")]
    [TestCase("check 1 3", "has no item 3")]
    [TestCase("checkremove 0", "two arguments")]
    [TestCase("checkremove 0 7", "has no item 7")]
    [TestCase("checkadd 0", "the checklist number and the item's text")]
    [TestCase("checkadd x Do it", "the checklist number and the item's text")]
    [TestCase("checkadd 4 Do it", "no checklist 4")]
    [TestCase("owner @a @b", "at most one argument")]
    [TestCase("owner @nosuchuser0000", "Unable to find user @nosuchuser0000")]
    public async Task ChecklistAndOwnerCommands_WithBadArguments_AnswerAClearMessageAndChangeNothing(string command, string expected)
    {
        var (runId, channel) = await StartRunAsync();
        var before = await RunAsync(runId);

        var response = await ExecuteAsync(Owner.Client, channel, $"/playbook {command}");

        Assert.That(response.Text(), Does.Contain(expected));
        Assert.That((await RunAsync(runId)).GetProperty("update_at").GetInt64(), Is.EqualTo(before.GetProperty("update_at").GetInt64()));
    }

    [Test]
    public async Task CheckAddAndCheckRemove_AddAndRemoveItems()
    {
        var (runId, channel) = await StartRunAsync();

        await ExecuteAsync(Owner.Client, channel, "/playbook checkadd 1 Verify   the replicas");
        var added = await RunAsync(runId);
        await ExecuteAsync(Owner.Client, channel, "/playbook checkremove 1 0");
        var removed = await RunAsync(runId);

        Assert.That(added.GetProperty("checklists")[1].GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()), Is.EqualTo(new[] { "Fail over", "Verify   the replicas" }));
        Assert.That(removed.GetProperty("checklists")[1].GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()), Is.EqualTo(new[] { "Verify   the replicas" }));
    }

    [Test]
    public async Task ChecklistCommands_ByAChannelMemberWhoIsNotAParticipant_AreRefused()
    {
        using var bystander = await TeamMemberAsync();
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        await Owner.Client.AddMemberAsync(channel, bystander.Id);
        using var created = await Owner.Client.PostAsync($"{Root}/runs", SuiteApi.Json(new { name = "Linked", team_id = TeamId, playbook_id = await CreatePlaybookAsync(Owner.Client), channel_id = channel }));
        var runId = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var before = await RunAsync(runId);

        var check = await ExecuteAsync(bystander.Client, channel, "/playbook check 0 0");
        var add = await ExecuteAsync(bystander.Client, channel, "/playbook checkadd 0 Sneaky");
        var update = await ExecuteAsync(bystander.Client, channel, "/playbook update All fine");

        Assert.That(new[] { check.Text(), add.Text(), update.Text() }, Is.All.EqualTo("Become a participant to interact with this run."));
        var after = await RunAsync(runId);
        Assert.That(after.GetProperty("update_at").GetInt64(), Is.EqualTo(before.GetProperty("update_at").GetInt64()));
        Assert.That(after.GetProperty("status_posts").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Owner_ShowsTheOwnerAndHandsTheRunOver()
    {
        using var responder = await TeamMemberAsync();
        var (runId, channel) = await StartRunAsync(responder);

        var shown = await ExecuteAsync(responder.Client, channel, "/playbook owner");
        var refused = await ExecuteAsync(responder.Client, channel, $"/playbook owner @{responder.User.Username}");
        var unchanged = await RunAsync(runId);
        var changed = await ExecuteAsync(Owner.Client, channel, $"/playbook owner @{responder.User.Username}");

        Assert.That(shown.Text(), Is.EqualTo($"**@{Owner.User.Username}** is the current owner for this playbook run."));
        Assert.That(refused.Text(), Is.EqualTo("You do not have permission to change the owner of this run."));
        Assert.That(unchanged.GetProperty("owner_user_id").GetString(), Is.EqualTo(Owner.Id));
        Assert.That(changed.Text(), Does.Contain($"@{responder.User.Username} is now the owner"));
        var run = await RunAsync(runId);
        Assert.That(run.GetProperty("owner_user_id").GetString(), Is.EqualTo(responder.Id));
        Assert.That(TimelineTypes(run), Does.Contain("owner_changed"));
    }

    [Test]
    public async Task InfoAndTimeline_DescribeTheRunToTheCaller()
    {
        var (runId, channel) = await StartRunAsync(name: "Checkout errors");
        await ExecuteAsync(Owner.Client, channel, "/playbook check 0 0");

        var info = await ExecuteAsync(Owner.Client, channel, "/playbook info");
        var timeline = await ExecuteAsync(Owner.Client, channel, "/playbook timeline");

        Assert.That(info.GetProperty("response_type").GetString(), Is.EqualTo("ephemeral"));
        Assert.That(info.Text(), Does.Contain("**Name:** Checkout errors").And.Contain($"**Owner:** @{Owner.User.Username}"));
        Assert.That(info.Text(), Does.Contain("0.0 :white_check_mark: Page the DBA").And.Contain("0.1 :white_large_square: Open a bridge").And.Contain("1.0 :white_large_square: Fail over"));
        Assert.That(timeline.Text(), Does.StartWith("Timeline for **Checkout errors**:"));
        Assert.That(timeline.Text(), Does.Contain($"@{Owner.User.Username} started the run"));
        Assert.That(timeline.Text(), Does.Not.Contain("checked off"), "task changes are left out, as Mattermost does");
        Assert.That((await RunAsync(runId)).GetProperty("current_status").GetString(), Is.EqualTo("InProgress"));
    }

    [Test]
    public async Task TodoAndList_ShowTheCallersTasksAndRuns()
    {
        using var responder = await TeamMemberAsync();
        var playbookId = await CreatePlaybookAsync(responder.Client, new() { ["title"] = "Own playbook" });
        await CreateRunAsync(responder.Client, playbookId, name: "Responder's own run");
        var elsewhere = await responder.Client.CreateChannelAsync(TeamId);

        var todo = await ExecuteAsync(responder.Client, elsewhere, "/playbook todo");
        var list = await ExecuteAsync(responder.Client, elsewhere, "/playbook list");
        var ownersList = await ExecuteAsync(Owner.Client, await Owner.Client.CreateChannelAsync(TeamId), "/playbook list");

        Assert.That(todo.Text(), Does.Contain("You have 1 outstanding task").And.Contain("**Responder's own run**").And.Contain("- Page the DBA"));
        Assert.That(todo.Text(), Does.Not.Contain("Open a bridge"), "only the items assigned to the caller");
        Assert.That(list.Text(), Does.Contain("**Responder's own run**").And.Contain($"owner @{responder.User.Username}"));
        Assert.That(ownersList.Text(), Does.Not.Contain("Responder's own run"), "only runs the caller takes part in");
    }

    [Test]
    public async Task SeveralRunsInAChannel_NeedTheRunsNumber_NewestFirst()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        var ids = new List<string>();
        foreach (var name in new[] { "Older run", "Newer run" })
        {
            using var created = await Owner.Client.PostAsync($"{Root}/runs", SuiteApi.Json(new { name, team_id = TeamId, playbook_id = playbookId, channel_id = channel }));
            ids.Add((await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!);
        }

        var ask = await ExecuteAsync(Owner.Client, channel, "/playbook finish");
        var invalid = await ExecuteAsync(Owner.Client, channel, "/playbook finish 2");
        await ExecuteAsync(Owner.Client, channel, "/playbook finish 1");

        Assert.That(ask.Text(), Does.Contain("this channel has 2 runs in progress").IgnoreCase.And.Contain("0. **Newer run**").And.Contain("1. **Older run**"));
        Assert.That(invalid.Text(), Does.Contain("Invalid run number 2"));
        Assert.That((await RunAsync(ids[0])).GetProperty("current_status").GetString(), Is.EqualTo("Finished"));
        Assert.That((await RunAsync(ids[1])).GetProperty("current_status").GetString(), Is.EqualTo("InProgress"));

        await ExecuteAsync(Owner.Client, channel, "/playbook check 0 0");
        Assert.That(Item(await RunAsync(ids[1]), 0, 0, "state"), Is.EqualTo("closed"), "with one run left in progress, no number is needed");
    }
}
