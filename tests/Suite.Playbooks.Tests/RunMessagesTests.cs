using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>What the @playbooks bot says about runs, where and to whom, and how participants move in and out of the run channel.</summary>
public sealed class RunMessagesTests : PlaybooksFixture
{
    private async Task<string> ChannelAsync(string type = "O")
    {
        using var created = await Owner.Client.PostAsync("/api/v4/channels", SuiteApi.Json(new { team_id = TeamId, name = SuiteApi.UniqueName("s"), display_name = "Stakeholders", type }));
        return (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
    }

    private static string Author(JsonElement post) => post.GetProperty("user_id").GetString()!;

    private static string Message(JsonElement post) => post.GetProperty("message").GetString()!;

    private async Task<bool> IsChannelMemberAsync(string channelId, string userId)
    {
        using var response = await Owner.Client.GetAsync($"/api/v4/channels/{channelId}/members/{userId}");
        return response.StatusCode == HttpStatusCode.OK;
    }

    [Test]
    public async Task TheRunsPosts_AreThePlaybooksBots_WhileAStatusUpdateInTheRunChannelStaysItsAuthors()
    {
        var stakeholders = await ChannelAsync();
        var playbookId = await CreatePlaybookAsync(Owner.Client, new()
        {
            ["message_on_join_enabled"] = true,
            ["message_on_join"] = "Welcome to the war room",
            ["broadcast_enabled"] = true,
            ["broadcast_channel_ids"] = new[] { stakeholders },
        });
        var run = await CreateRunAsync(Owner.Client, playbookId);
        var id = run.GetProperty("id").GetString()!;
        var channelId = run.GetProperty("channel_id").GetString()!;

        using var update = await Owner.Client.PostAsync($"{Root}/runs/{id}/status", SuiteApi.Json(new { message = "Replica promoted", reminder = 900 }));
        using var finish = await PutAsync(Owner.Client, $"{Root}/runs/{id}/finish", new { });

        Assert.That((update.StatusCode, finish.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
        var bot = await PlaybooksBotIdAsync();
        var user = await GetAsync(Owner.Client, $"/api/v4/users/{bot}");
        Assert.That((user.GetProperty("username").GetString(), user.GetProperty("is_bot").GetBoolean()), Is.EqualTo(("playbooks", true)));
        var posts = await ChannelPostsAsync(Owner.Client, channelId);
        var welcome = posts.Single(p => Message(p) == "Welcome to the war room");
        Assert.That(Author(welcome), Is.EqualTo(bot));
        Assert.That(welcome.GetProperty("props").GetProperty("from_bot").GetString(), Is.EqualTo("true"));
        var statusPost = posts.Single(p => Message(p) == "Replica promoted");
        Assert.That((Author(statusPost), statusPost.GetProperty("type").GetString()), Is.EqualTo((Owner.Id, "custom_run_update")));
        Assert.That(statusPost.GetProperty("props").GetProperty("authorUsername").GetString(), Is.EqualTo(Owner.User.Username));
        var finished = posts.Single(p => Message(p).EndsWith("as finished.", StringComparison.Ordinal));
        Assert.That(Author(finished), Is.EqualTo(bot));
        Assert.That(Message(finished), Is.EqualTo($"@{Owner.User.Username} marked [DB primary down](/playbooks/runs/{id}) as finished."));
        var broadcast = await ChannelPostsAsync(Owner.Client, stakeholders);
        Assert.That(broadcast.Where(p => Message(p).Contains("Replica promoted", StringComparison.Ordinal) || Message(p).Contains("as finished", StringComparison.Ordinal)).Select(Author),
            Is.EqualTo(new[] { bot, bot }), "the finish and the update");
        Assert.That(broadcast.Where(p => Message(p).Contains("ran the [Database outage]", StringComparison.Ordinal)).Select(Author), Is.EqualTo(new[] { bot }), "the start");
    }

    [Test]
    public async Task StatusUpdatesAndTheFinish_ReachFollowersByDirectMessageFromTheBot_ButNotTheirAuthor()
    {
        using var follower = await TeamMemberAsync();
        var id = (await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client))).GetProperty("id").GetString()!;
        using var followed = await PutAsync(follower.Client, $"{Root}/runs/{id}/followers", new { });
        using var ownerFollows = await PutAsync(Owner.Client, $"{Root}/runs/{id}/followers", new { });

        using var update = await Owner.Client.PostAsync($"{Root}/runs/{id}/status", SuiteApi.Json(new { message = "Traffic drained from eu-west", reminder = 600 }));
        using var finish = await PutAsync(Owner.Client, $"{Root}/runs/{id}/finish", new { });

        var messages = await DirectMessagesAsync(follower);
        Assert.That(messages.Select(Author).Distinct(), Is.EqualTo(new[] { await PlaybooksBotIdAsync() }));
        Assert.That(messages.Select(Message).ToList(), Has.Count.EqualTo(2));
        Assert.That(Message(messages[0]), Is.EqualTo("Traffic drained from eu-west"));
        Assert.That(messages[0].GetProperty("props").GetProperty("playbookRunId").GetString(), Is.EqualTo(id));
        Assert.That(Message(messages[1]), Does.StartWith($"### Run finished: [DB primary down](/playbooks/runs/{id})"));
        Assert.That((await DirectMessagesAsync(Owner)).Select(Message), Is.Empty, "the author is not told of their own update");
    }

    [Test]
    public async Task AutoFollowersOfThePlaybook_FollowItsNewRuns_AndHearOfTheStartAndItsUpdates()
    {
        using var watcher = await TeamMemberAsync();
        var playbookId = await CreatePlaybookAsync(Owner.Client);
        using var autoFollow = await PutAsync(watcher.Client, $"{Root}/playbooks/{playbookId}/autofollows/{watcher.Id}", new { });

        var run = await CreateRunAsync(Owner.Client, playbookId);
        var id = run.GetProperty("id").GetString()!;
        using var update = await Owner.Client.PostAsync($"{Root}/runs/{id}/status", SuiteApi.Json(new { message = "Root cause found", reminder = 600 }));

        Assert.That(autoFollow.IsSuccessStatusCode, Is.True);
        Assert.That(run.GetProperty("follower_ids").EnumerateArray().Select(f => f.GetString()), Does.Contain(watcher.Id));
        var messages = (await DirectMessagesAsync(watcher)).Select(Message).ToList();
        Assert.That(messages, Has.Count.EqualTo(2));
        Assert.That(messages[0], Does.Contain($"@{Owner.User.Username} ran the [Database outage](/playbooks/playbooks/{playbookId}) playbook."));
        Assert.That(messages[1], Is.EqualTo("Root cause found"));
    }

    [Test]
    public async Task RemovingAParticipant_RemovesThemFromTheRunChannelWithTheTimelineEntry_AndAddingAddsThem()
    {
        using var helper = await TeamMemberAsync();
        using var leaver = await TeamMemberAsync();
        var run = await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client));
        var id = run.GetProperty("id").GetString()!;
        var channelId = run.GetProperty("channel_id").GetString()!;

        using var added = await Owner.Client.PostAsync($"{Root}/runs/{id}/participants", SuiteApi.Json(new { user_ids = new[] { helper.Id, leaver.Id } }));
        var inChannelAfterAdding = (await IsChannelMemberAsync(channelId, helper.Id), await IsChannelMemberAsync(channelId, leaver.Id));
        using var removeRequest = new HttpRequestMessage(HttpMethod.Delete, $"{Root}/runs/{id}/participants") { Content = SuiteApi.Json(new { user_ids = new[] { helper.Id } }) };
        using var removed = await Owner.Client.SendAsync(removeRequest);
        using var leaveRequest = new HttpRequestMessage(HttpMethod.Delete, $"{Root}/runs/{id}/participants") { Content = SuiteApi.Json(new { user_ids = new[] { leaver.Id } }) };
        using var left = await leaver.Client.SendAsync(leaveRequest);

        Assert.That((added.StatusCode, removed.StatusCode, left.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK)));
        Assert.That(inChannelAfterAdding, Is.EqualTo((true, true)));
        Assert.That(await IsChannelMemberAsync(channelId, helper.Id), Is.False);
        Assert.That(await IsChannelMemberAsync(channelId, leaver.Id), Is.False);
        var after = await GetAsync(Owner.Client, $"{Root}/runs/{id}");
        Assert.That(after.GetProperty("participant_ids").EnumerateArray().Select(p => p.GetString()), Does.Not.Contain(helper.Id).And.Not.Contain(leaver.Id));
        Assert.That(after.GetProperty("follower_ids").EnumerateArray().Select(p => p.GetString()), Is.SupersetOf(new[] { helper.Id, leaver.Id }), "taking part implies following, as in Mattermost");
        var entries = after.GetProperty("timeline_events").EnumerateArray().Where(e => e.GetProperty("event_type").GetString() is "participants_changed" or "user_joined_left").ToList();
        Assert.That(entries.Select(e => e.GetProperty("event_type").GetString()), Is.EqualTo(new[] { "participants_changed", "participants_changed", "user_joined_left" }));
        using var details = JsonDocument.Parse(entries[1].GetProperty("details").GetString()!);
        Assert.That(details.RootElement.GetProperty("action").GetString(), Is.EqualTo("left"));
        Assert.That(details.RootElement.GetProperty("requester").GetString(), Is.EqualTo(Owner.User.Username));
        Assert.That(details.RootElement.GetProperty("users").EnumerateArray().Select(u => u.GetString()), Is.EqualTo(new[] { helper.User.Username }));
        Assert.That(entries[1].GetProperty("subject_user_id").GetString(), Is.EqualTo(helper.Id));
    }

    [Test]
    public async Task RemovingAParticipant_LeavesTheChannelAlone_WhenThePlaybookSaysSo()
    {
        using var helper = await TeamMemberAsync();
        var run = await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client, new() { ["remove_channel_member_on_removed_participant"] = false }));
        var id = run.GetProperty("id").GetString()!;
        using var added = await Owner.Client.PostAsync($"{Root}/runs/{id}/participants", SuiteApi.Json(new { user_ids = new[] { helper.Id } }));

        using var request = new HttpRequestMessage(HttpMethod.Delete, $"{Root}/runs/{id}/participants") { Content = SuiteApi.Json(new { user_ids = new[] { helper.Id } }) };
        using var removed = await Owner.Client.SendAsync(request);

        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await IsChannelMemberAsync(run.GetProperty("channel_id").GetString()!, helper.Id), Is.True);
    }
}
