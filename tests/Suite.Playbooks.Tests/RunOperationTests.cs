using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>Followers, metadata, status update history and requests, editing, toggles and the lookups by channel.</summary>
public sealed class RunOperationTests : PlaybooksFixture
{
    private async Task<JsonElement> StartAsync(HttpClient? client = null, string name = "Search is slow", string? channelId = null)
    {
        client ??= Owner.Client;
        var playbookId = await CreatePlaybookAsync(client);
        using var response = await client.PostAsync($"{Root}/runs", SuiteApi.Json(new { name, team_id = TeamId, playbook_id = playbookId, channel_id = channelId ?? "" }));
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    private static string Id(JsonElement element) => element.GetProperty("id").GetString()!;

    private static IEnumerable<string?> Ids(JsonElement list) => list.EnumerateArray().Select(r => r.GetProperty("id").GetString());

    private static IEnumerable<string?> Strings(JsonElement list) => list.EnumerateArray().Select(e => e.GetString());

    [Test]
    public async Task Follow_ByATeamMemberWhoMaySeeTheRun_ListsThemAndFindsTheRunByParticipantOrFollower()
    {
        var id = Id(await StartAsync());
        using var watcher = await TeamMemberAsync();

        using var followed = await PutAsync(watcher.Client, $"{Root}/runs/{id}/followers", new { });
        using var again = await PutAsync(watcher.Client, $"{Root}/runs/{id}/followers", new { });
        var followers = await GetAsync(Owner.Client, $"{Root}/runs/{id}/followers");
        var metadata = await GetAsync(watcher.Client, $"{Root}/runs/{id}/metadata");
        var listed = await GetAsync(watcher.Client, $"{Root}/runs?team_id={TeamId}&participant_or_follower_id={watcher.Id}");

        Assert.That(new[] { followed.StatusCode, again.StatusCode }, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(Strings(followers), Is.EqualTo(new[] { watcher.Id }));
        Assert.That(Strings(metadata.GetProperty("followers")), Is.EqualTo(new[] { watcher.Id }));
        Assert.That(Ids(listed.GetProperty("items")), Is.EqualTo(new[] { id }));

        using var unfollowed = await watcher.Client.DeleteAsync($"{Root}/runs/{id}/followers");
        Assert.That(unfollowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Strings(await GetAsync(Owner.Client, $"{Root}/runs/{id}/followers")), Is.Empty);
        Assert.That((await GetAsync(watcher.Client, $"{Root}/runs?team_id={TeamId}&participant_or_follower_id={watcher.Id}")).GetProperty("total_count").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task Follow_ByAnOutsider_Answers404AndAddsNobody()
    {
        var id = Id(await StartAsync());
        using var outsider = await OutsiderAsync();

        using var response = await PutAsync(outsider.Client, $"{Root}/runs/{id}/followers", new { });
        using var list = await outsider.Client.GetAsync($"{Root}/runs/{id}/followers");

        await ReadPluginErrorAsync(response, HttpStatusCode.NotFound);
        await ReadPluginErrorAsync(list, HttpStatusCode.NotFound);
        Assert.That(Strings(await GetAsync(Owner.Client, $"{Root}/runs/{id}/followers")), Is.Empty);
    }

    [Test]
    public async Task Metadata_NamesTheChannelAndTeamAndCountsParticipantsAndPosts_ButHidesThePrivateChannelFromNonMembers()
    {
        var run = await StartAsync(name: "Metadata run");
        var id = Id(run);
        using var status = await Owner.Client.PostAsync($"{Root}/runs/{id}/status", SuiteApi.Json(new { message = "Looking", reminder = 600 }));
        using var viewer = await TeamMemberAsync();
        var team = await GetAsync(Owner.Client, $"/api/v4/teams/{TeamId}");

        var metadata = await GetAsync(Owner.Client, $"{Root}/runs/{id}/metadata");
        var limited = await GetAsync(viewer.Client, $"{Root}/runs/{id}/metadata");

        Assert.That(metadata.GetProperty("channel_display_name").GetString(), Is.EqualTo("Metadata run"));
        Assert.That(metadata.GetProperty("channel_name").GetString(), Does.StartWith("metadata-run-"));
        Assert.That(metadata.GetProperty("team_name").GetString(), Is.EqualTo(team.GetProperty("name").GetString()));
        Assert.That(metadata.GetProperty("num_participants").GetInt64(), Is.EqualTo(1));
        Assert.That(metadata.GetProperty("total_posts").GetInt64(), Is.GreaterThanOrEqualTo(1));
        Assert.That(limited.GetProperty("channel_name").GetString(), Is.Empty);
        Assert.That(limited.GetProperty("total_posts").GetInt64(), Is.Zero);
        Assert.That(limited.GetProperty("team_name").GetString(), Is.EqualTo(team.GetProperty("name").GetString()));
    }

    [Test]
    public async Task StatusUpdates_AreListedNewestFirstWithTheirTextAndAuthor()
    {
        var id = Id(await StartAsync());
        using var first = await Owner.Client.PostAsync($"{Root}/runs/{id}/status", SuiteApi.Json(new { message = "First look", reminder = 600 }));
        await Task.Delay(5);
        using var second = await Owner.Client.PostAsync($"{Root}/runs/{id}/status", SuiteApi.Json(new { message = "Mitigated", reminder = 600 }));

        var updates = await GetAsync(Owner.Client, $"{Root}/runs/{id}/status-updates");

        Assert.That(updates.EnumerateArray().Select(u => u.GetProperty("message").GetString()), Is.EqualTo(new[] { "Mitigated", "First look" }));
        Assert.That(updates.EnumerateArray().Select(u => u.GetProperty("author_user_name").GetString()), Is.All.EqualTo(Owner.User.Username));
        var postIds = (await GetAsync(Owner.Client, $"{Root}/runs/{id}")).GetProperty("status_posts").EnumerateArray().Select(p => p.GetProperty("id").GetString());
        Assert.That(Ids(updates), Is.EquivalentTo(postIds));
    }

    [Test]
    public async Task RequestUpdate_ByAViewer_PostsInTheRunChannelMentioningTheOwnerAndRecordsTheTimeline()
    {
        var run = await StartAsync(name: "Quiet run");
        var id = Id(run);
        using var viewer = await TeamMemberAsync();

        using var response = await viewer.Client.PostAsync($"{Root}/runs/{id}/request-update", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var after = await GetAsync(Owner.Client, $"{Root}/runs/{id}");
        var entry = after.GetProperty("timeline_events").EnumerateArray().Last();
        Assert.That(entry.GetProperty("event_type").GetString(), Is.EqualTo("status_update_requested"));
        Assert.That(entry.GetProperty("summary").GetString(), Is.EqualTo($"@{viewer.User.Username} requested a status update"));
        var posts = await GetAsync(Owner.Client, $"/api/v4/channels/{run.GetProperty("channel_id").GetString()}/posts");
        var post = posts.GetProperty("posts").GetProperty(entry.GetProperty("post_id").GetString()!);
        Assert.That(post.GetProperty("message").GetString(), Does.StartWith($"@{Owner.User.Username} — @{viewer.User.Username} requested a status update for [Quiet run]"));
    }

    [Test]
    public async Task RequestUpdate_ByAnOutsiderOrOnAFinishedRun_IsRefused()
    {
        var id = Id(await StartAsync());
        using var outsider = await OutsiderAsync();
        using var hidden = await outsider.Client.PostAsync($"{Root}/runs/{id}/request-update", null);
        using var finish = await PutAsync(Owner.Client, $"{Root}/runs/{id}/finish", new { });

        using var finished = await Owner.Client.PostAsync($"{Root}/runs/{id}/request-update", null);

        await ReadPluginErrorAsync(hidden, HttpStatusCode.NotFound);
        await ReadPluginErrorAsync(finished, HttpStatusCode.BadRequest);
        Assert.That(TimelineTypes(await GetAsync(Owner.Client, $"{Root}/runs/{id}")), Does.Not.Contain("status_update_requested"));
    }

    [Test]
    public async Task RequestJoinChannel_ByAParticipantOutsideTheChannel_PostsTheRequest_AndIsRefusedToMembersAndNonParticipants()
    {
        using var responder = await TeamMemberAsync();
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["invite_users_enabled"] = true, ["invited_user_ids"] = new[] { responder.Id } });
        var run = await CreateRunAsync(Owner.Client, playbookId);
        var id = Id(run);
        var channelId = run.GetProperty("channel_id").GetString();
        using var left = await responder.Client.DeleteAsync($"/api/v4/channels/{channelId}/members/{responder.Id}");
        Assert.That(left.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var stranger = await TeamMemberAsync();

        using var asked = await responder.Client.PostAsync($"{Root}/runs/{id}/request-join-channel", null);
        using var member = await Owner.Client.PostAsync($"{Root}/runs/{id}/request-join-channel", null);
        using var notParticipant = await stranger.Client.PostAsync($"{Root}/runs/{id}/request-join-channel", null);

        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var posts = await GetAsync(Owner.Client, $"/api/v4/channels/{channelId}/posts");
        Assert.That(posts.GetProperty("posts").EnumerateObject().Select(p => p.Value.GetProperty("message").GetString()), Has.Some.StartsWith($"@{responder.User.Username} is a run participant and wants to join"));
        await ReadPluginErrorAsync(member, HttpStatusCode.BadRequest);
        await ReadPluginErrorAsync(notParticipant, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Patch_RenamesAndRewritesTheSummary_AndAnswersTheRun()
    {
        var id = Id(await StartAsync());

        using var response = await Owner.Client.PatchAsync($"{Root}/runs/{id}", SuiteApi.Json(new { name = "  Search is down  ", summary = "Index rebuilding" }));

        var run = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(run.GetProperty("name").GetString(), Is.EqualTo("Search is down"));
        Assert.That(run.GetProperty("summary").GetString(), Is.EqualTo("Index rebuilding"));
        Assert.That(run.GetProperty("summary_modified_at").GetInt64(), Is.Positive);
        Assert.That((await GetAsync(Owner.Client, $"{Root}/runs/{id}")).GetProperty("name").GetString(), Is.EqualTo("Search is down"));
    }

    [TestCase("""{"name": "   "}""", "name")]
    [TestCase("""{"name": 7}""", "name")]
    public async Task Patch_WithABadBody_Answers400AndChangesNothing(string body, string named)
    {
        var run = await StartAsync();
        var id = Id(run);

        using var response = await Owner.Client.PatchAsync($"{Root}/runs/{id}", SuiteApi.Raw(body));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain(named));
        var after = await GetAsync(Owner.Client, $"{Root}/runs/{id}");
        Assert.That(after.GetProperty("name").GetString(), Is.EqualTo(run.GetProperty("name").GetString()));
        Assert.That(after.GetProperty("update_at").GetInt64(), Is.EqualTo(run.GetProperty("update_at").GetInt64()));
    }

    [Test]
    public async Task Patch_ByATeamMemberWhoIsNotAParticipant_Answers403()
    {
        var id = Id(await StartAsync());
        using var member = await TeamMemberAsync();

        using var response = await member.Client.PatchAsync($"{Root}/runs/{id}", SuiteApi.Json(new { name = "Hijacked" }));

        await ReadPluginErrorAsync(response, HttpStatusCode.Forbidden);
        Assert.That((await GetAsync(Owner.Client, $"{Root}/runs/{id}")).GetProperty("name").GetString(), Is.EqualTo("Search is slow"));
    }

    [Test]
    public async Task RetrospectiveToggle_RecordsTheTimeline_ChangesNothingWhenAlreadySo_AndNeedsItsFlag()
    {
        var id = Id(await StartAsync());
        var initially = (await GetAsync(Owner.Client, $"{Root}/runs/{id}")).GetProperty("retrospective_enabled").GetBoolean();

        using var same = await PutAsync(Owner.Client, $"{Root}/runs/{id}/retrospective-enabled", new { retrospective_enabled = initially });
        using var flipped = await PutAsync(Owner.Client, $"{Root}/runs/{id}/retrospective-enabled", new { retrospective_enabled = !initially });
        using var back = await PutAsync(Owner.Client, $"{Root}/runs/{id}/retrospective-enabled", new { retrospective_enabled = initially });
        using var missing = await PutAsync(Owner.Client, $"{Root}/runs/{id}/retrospective-enabled", new { });

        Assert.That((await flipped.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("success").GetBoolean(), Is.True);
        Assert.That(new[] { same.StatusCode, back.StatusCode }, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(await ReadPluginErrorAsync(missing, HttpStatusCode.BadRequest), Does.Contain("retrospective_enabled"));
        var run = await GetAsync(Owner.Client, $"{Root}/runs/{id}");
        Assert.That(run.GetProperty("retrospective_enabled").GetBoolean(), Is.EqualTo(initially));
        string Type(bool enabled) => enabled ? "retrospective_enabled" : "retrospective_disabled";
        Assert.That(TimelineTypes(run).Where(t => t.StartsWith("retrospective_", StringComparison.Ordinal)), Is.EqualTo(new[] { Type(!initially), Type(initially) }));
    }

    [Test]
    public async Task Toggles_ByATeamMemberWhoIsNotAParticipant_Answer403()
    {
        var id = Id(await StartAsync());
        using var member = await TeamMemberAsync();

        using var status = await PutAsync(member.Client, $"{Root}/runs/{id}/status-update-enabled", new { status_enabled = false });
        using var retro = await PutAsync(member.Client, $"{Root}/runs/{id}/retrospective-enabled", new { retrospective_enabled = true });

        await ReadPluginErrorAsync(status, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(retro, HttpStatusCode.Forbidden);
        Assert.That((await GetAsync(Owner.Client, $"{Root}/runs/{id}")).GetProperty("status_update_enabled").GetBoolean(), Is.True);
    }

    [Test]
    public async Task RunsByChannel_FindTheOneRun_AndWhenTwoShareTheChannelListBothButRefuseToPickOne()
    {
        var first = await StartAsync(name: "Shared channel");
        var channelId = first.GetProperty("channel_id").GetString()!;
        var single = await GetAsync(Owner.Client, $"{Root}/runs/channel/{channelId}");
        var second = await StartAsync(name: "Shared channel again", channelId: channelId);
        using var outsider = await OutsiderAsync();

        using var ambiguous = await Owner.Client.GetAsync($"{Root}/runs/channel/{channelId}");
        var both = await GetAsync(Owner.Client, $"{Root}/runs/channel/{channelId}/runs");
        using var hidden = await outsider.Client.GetAsync($"{Root}/runs/channel/{channelId}/runs");

        Assert.That(Id(single), Is.EqualTo(Id(first)));
        await ReadPluginErrorAsync(ambiguous, HttpStatusCode.BadRequest);
        Assert.That(Ids(both), Is.EquivalentTo(new[] { Id(first), Id(second) }));
        await ReadPluginErrorAsync(hidden, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task OwnersAndChannels_ListWhatTheCallersVisibleRunsHave()
    {
        using var lead = await TeamMemberAsync();
        var run = await StartAsync(lead.Client, name: "Lead's run");

        var owners = await GetAsync(Owner.Client, $"{Root}/runs/owners?team_id={TeamId}");
        var channels = await GetAsync(Owner.Client, $"{Root}/runs/channels?team_id={TeamId}");
        using var outsider = await OutsiderAsync();
        using var refused = await outsider.Client.GetAsync($"{Root}/runs/owners?team_id={TeamId}");

        var owner = owners.EnumerateArray().Single(o => o.GetProperty("user_id").GetString() == lead.Id);
        Assert.That(owner.GetProperty("username").GetString(), Is.EqualTo(lead.User.Username));
        Assert.That(Strings(channels), Does.Contain(run.GetProperty("channel_id").GetString()));
        await ReadPluginErrorAsync(refused, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Participants_AddedByAParticipant_JoinTheRunAndItsChannel_AndRemovedLeaveTheRun()
    {
        var run = await StartAsync();
        var id = Id(run);
        using var helper = await TeamMemberAsync();

        using var added = await Owner.Client.PostAsync($"{Root}/runs/{id}/participants", SuiteApi.Json(new { user_ids = new[] { helper.Id } }));
        var joined = await GetAsync(Owner.Client, $"{Root}/runs/{id}");
        await GetAsync(helper.Client, $"/api/v4/channels/{run.GetProperty("channel_id").GetString()}");
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"{Root}/runs/{id}/participants") { Content = SuiteApi.Json(new { user_ids = new[] { helper.Id } }) };
        using var removed = await Owner.Client.SendAsync(request);
        var left = await GetAsync(Owner.Client, $"{Root}/runs/{id}");

        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Strings(joined.GetProperty("participant_ids")), Does.Contain(helper.Id));
        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Strings(left.GetProperty("participant_ids")), Does.Not.Contain(helper.Id));
        Assert.That(TimelineTypes(left).Count(t => t == "participants_changed"), Is.EqualTo(2));
    }

    [Test]
    public async Task Participants_AViewerMayJoinThemselves_ButNotAddOthers()
    {
        var id = Id(await StartAsync());
        using var viewer = await TeamMemberAsync();
        using var other = await TeamMemberAsync();

        using var joined = await viewer.Client.PostAsync($"{Root}/runs/{id}/participants", SuiteApi.Json(new { user_ids = new[] { viewer.Id } }));
        using var stranger = await TeamMemberAsync();
        using var refused = await stranger.Client.PostAsync($"{Root}/runs/{id}/participants", SuiteApi.Json(new { user_ids = new[] { other.Id } }));

        Assert.That(joined.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await ReadPluginErrorAsync(refused, HttpStatusCode.Forbidden);
        var after = await GetAsync(Owner.Client, $"{Root}/runs/{id}");
        Assert.That(Strings(after.GetProperty("participant_ids")), Does.Contain(viewer.Id).And.Not.Contain(other.Id));
    }

    [Test]
    public async Task Participants_OutsideTheTeamOrRemovingTheOwnerOrABadBody_Answer400AndChangeNothing()
    {
        var run = await StartAsync();
        var id = Id(run);
        using var outsider = await OutsiderAsync();

        using var foreign = await Owner.Client.PostAsync($"{Root}/runs/{id}/participants", SuiteApi.Json(new { user_ids = new[] { outsider.Id } }));
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"{Root}/runs/{id}/participants") { Content = SuiteApi.Json(new { user_ids = new[] { Owner.Id } }) };
        using var owner = await Owner.Client.SendAsync(request);
        using var empty = await Owner.Client.PostAsync($"{Root}/runs/{id}/participants", SuiteApi.Json(new { user_ids = Array.Empty<string>() }));
        using var malformed = await Owner.Client.PostAsync($"{Root}/runs/{id}/participants", SuiteApi.Json(new { user_ids = new[] { "nope" } }));

        foreach (var response in new[] { foreign, owner, empty, malformed })
        {
            Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain("user_ids"));
        }

        var after = await GetAsync(Owner.Client, $"{Root}/runs/{id}");
        Assert.That(after.GetProperty("update_at").GetInt64(), Is.EqualTo(run.GetProperty("update_at").GetInt64()));
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string channelId, string message)
    {
        using var response = await client.PostAsync("/api/v4/posts", SuiteApi.Json(new { channel_id = channelId, message }));
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    private static StringContent TimelineDialog(string userId, string postId, string runId, string summary) =>
        SuiteApi.Json(new { user_id = userId, state = JsonSerializer.Serialize(new { post_id = postId }), submission = new { playbook_run = runId, summary } });

    [Test]
    public async Task AddToTimelineDialog_AddsThePostAsAnEventFromPostDatedWhenItWasPosted()
    {
        var run = await StartAsync();
        var id = Id(run);
        var post = await PostAsync(Owner.Client, run.GetProperty("channel_id").GetString()!, "Found it: the index job");

        using var response = await Owner.Client.PostAsync($"{Root}/runs/add-to-timeline-dialog", TimelineDialog(Owner.Id, Id(post), id, "Root cause found"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var entry = (await GetAsync(Owner.Client, $"{Root}/runs/{id}")).GetProperty("timeline_events").EnumerateArray().Last();
        Assert.That(entry.GetProperty("event_type").GetString(), Is.EqualTo("event_from_post"));
        Assert.That(entry.GetProperty("summary").GetString(), Is.EqualTo("Root cause found"));
        Assert.That(entry.GetProperty("post_id").GetString(), Is.EqualTo(Id(post)));
        Assert.That(entry.GetProperty("subject_user_id").GetString(), Is.EqualTo(Owner.Id));
        Assert.That(entry.GetProperty("event_at").GetInt64(), Is.EqualTo(post.GetProperty("create_at").GetInt64()));
    }

    [Test]
    public async Task AddToTimelineDialog_ForAnotherUserAPostTheCallerCannotReadOrByANonParticipant_IsRefused()
    {
        var run = await StartAsync();
        var id = Id(run);
        using var member = await TeamMemberAsync();
        var elsewhere = await StartAsync(member.Client, name: "Member's own run");
        var hiddenPost = await PostAsync(member.Client, elsewhere.GetProperty("channel_id").GetString()!, "Private chatter");
        var post = await PostAsync(Owner.Client, run.GetProperty("channel_id").GetString()!, "Visible");

        using var impersonated = await Owner.Client.PostAsync($"{Root}/runs/add-to-timeline-dialog", TimelineDialog(member.Id, Id(post), id, "x"));
        using var unreadable = await Owner.Client.PostAsync($"{Root}/runs/add-to-timeline-dialog", TimelineDialog(Owner.Id, Id(hiddenPost), id, "x"));
        using var notParticipant = await member.Client.PostAsync($"{Root}/runs/add-to-timeline-dialog", TimelineDialog(member.Id, Id(post), id, "x"));
        using var badState = await Owner.Client.PostAsync(
            $"{Root}/runs/add-to-timeline-dialog", SuiteApi.Json(new { user_id = Owner.Id, state = "not json", submission = new { playbook_run = id, summary = "x" } }));

        await ReadPluginErrorAsync(impersonated, HttpStatusCode.BadRequest);
        await ReadPluginErrorAsync(unreadable, HttpStatusCode.BadRequest);
        await ReadPluginErrorAsync(notParticipant, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(badState, HttpStatusCode.BadRequest);
        Assert.That(TimelineTypes(await GetAsync(Owner.Client, $"{Root}/runs/{id}")), Does.Not.Contain("event_from_post"));
    }
}
