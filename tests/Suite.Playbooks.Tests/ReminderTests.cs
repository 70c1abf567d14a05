using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>Status update reminders on a host whose clock moves only when the test says.</summary>
public sealed class ReminderTests : PlaybooksFixture
{
    private const int Cadence = 600;
    private readonly FakeTimeProvider _clock = TestClock.StartingNow();

    protected override void Configure(WebApplicationBuilder builder) => builder.Services.AddSingleton<TimeProvider>(_clock);

    private long Now => _clock.GetUtcNow().ToUnixTimeMilliseconds();

    private async Task<JsonElement> StartRunAsync(int cadence = Cadence, string? channelId = null, string name = "Checkout errors")
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["reminder_timer_default_seconds"] = cadence });
        using var response = await Owner.Client.PostAsync($"{Root}/runs", SuiteApi.Json(new { name, team_id = TeamId, playbook_id = playbookId, channel_id = channelId ?? "" }));
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    private Task<JsonElement> RunAsync(string id) => GetAsync(Owner.Client, $"{Root}/runs/{id}");

    private async Task<JsonElement> EventuallyAsync(string id, Func<JsonElement, bool> condition, string what)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var run = await RunAsync(id);
            if (condition(run))
            {
                return run;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Timed out waiting until {what}.");
        return default;
    }

    private static bool Overdue(JsonElement run) => run.GetProperty("is_overdue").GetBoolean();

    private async Task<JsonElement> OverdueRunAsync()
    {
        var id = (await StartRunAsync()).GetProperty("id").GetString()!;
        _clock.Advance(TimeSpan.FromSeconds(Cadence + 20));
        return await EventuallyAsync(id, r => Overdue(r) && r.GetProperty("reminder_post_id").GetString()!.Length > 0, "the run is overdue and its owner reminded");
    }

    private async Task<IReadOnlyList<JsonElement>> ChannelPostsAsync(string channelId)
    {
        var posts = await GetAsync(Owner.Client, $"/api/v4/channels/{channelId}/posts");
        return posts.GetProperty("posts").EnumerateObject().Select(p => p.Value).ToList();
    }

    [Test]
    public async Task Reminder_WhenTheUpdateFallsDue_IsPostedInTheRunChannelMentioningTheOwnerAndTheRunIsOverdue()
    {
        var run = await StartRunAsync();
        var id = run.GetProperty("id").GetString()!;
        Assert.That(run.GetProperty("status_update_due_at").GetInt64(), Is.EqualTo(run.GetProperty("create_at").GetInt64() + Cadence * 1000L));

        _clock.Advance(TimeSpan.FromSeconds(Cadence - 30));
        await Task.Delay(500);
        Assert.That(Overdue(await RunAsync(id)), Is.False, "not before it is due");

        _clock.Advance(TimeSpan.FromSeconds(50));
        var overdue = await EventuallyAsync(id, r => Overdue(r) && r.GetProperty("reminder_post_id").GetString()!.Length > 0, "the reminder is posted");

        var reminder = (await ChannelPostsAsync(run.GetProperty("channel_id").GetString()!)).Single(p => p.GetProperty("id").GetString() == overdue.GetProperty("reminder_post_id").GetString());
        Assert.That(reminder.GetProperty("type").GetString(), Is.EqualTo("custom_update_status"));
        Assert.That(reminder.GetProperty("message").GetString(), Does.StartWith($"@{Owner.User.Username}, please provide a status update for [Checkout errors]"));
        Assert.That(reminder.GetProperty("props").GetProperty("playbookRunId").GetString(), Is.EqualTo(id));
        var listed = await GetAsync(Owner.Client, $"{Root}/runs?team_id={TeamId}&is_overdue=true");
        Assert.That(listed.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()), Does.Contain(id));
        var notOverdue = await GetAsync(Owner.Client, $"{Root}/runs?team_id={TeamId}&is_overdue=false");
        Assert.That(notOverdue.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()), Does.Not.Contain(id));
    }

    [Test]
    public async Task Reminder_IsPostedOnceWhileTheRunStaysOverdue()
    {
        var run = await OverdueRunAsync();
        var id = run.GetProperty("id").GetString()!;

        _clock.Advance(TimeSpan.FromSeconds(Cadence));
        await Task.Delay(500);

        var reminders = (await ChannelPostsAsync(run.GetProperty("channel_id").GetString()!)).Count(p => p.GetProperty("type").GetString() == "custom_update_status");
        Assert.That(reminders, Is.EqualTo(1));
        Assert.That((await RunAsync(id)).GetProperty("reminder_post_id").GetString(), Is.EqualTo(run.GetProperty("reminder_post_id").GetString()));
    }

    [Test]
    public async Task Snooze_PutsTheNextUpdateOffClearsOverdueAndRemindsAgainLater()
    {
        var id = (await OverdueRunAsync()).GetProperty("id").GetString()!;

        using var response = await Owner.Client.PostAsync($"{Root}/runs/{id}/reminder", SuiteApi.Json(new { new_reminder_seconds = 300 }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var snoozed = await RunAsync(id);
        Assert.That(Overdue(snoozed), Is.False);
        Assert.That(snoozed.GetProperty("reminder_post_id").GetString(), Is.Empty);
        Assert.That(snoozed.GetProperty("status_update_due_at").GetInt64(), Is.EqualTo(Now + 300_000));
        Assert.That(snoozed.GetProperty("previous_reminder").GetInt64(), Is.EqualTo(300L * 1_000_000_000));
        Assert.That(TimelineTypes(snoozed), Does.Contain("status_update_snoozed"));

        _clock.Advance(TimeSpan.FromSeconds(320));
        await EventuallyAsync(id, Overdue, "the run is overdue again after the snooze");
    }

    [TestCase("""{"new_reminder_seconds": 0}""")]
    [TestCase("""{"new_reminder_seconds": -60}""")]
    [TestCase("""{"new_reminder_seconds": "soon"}""")]
    [TestCase("""{}""")]
    public async Task Snooze_WithABadBody_Answers400AndChangesNothing(string body)
    {
        var run = await StartRunAsync();
        var id = run.GetProperty("id").GetString()!;

        using var response = await Owner.Client.PostAsync($"{Root}/runs/{id}/reminder", SuiteApi.Raw(body));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain("new_reminder_seconds").Or.Contain("body"));
        var after = await RunAsync(id);
        Assert.That(after.GetProperty("update_at").GetInt64(), Is.EqualTo(run.GetProperty("update_at").GetInt64()));
        Assert.That(after.GetProperty("status_update_due_at").GetInt64(), Is.EqualTo(run.GetProperty("status_update_due_at").GetInt64()));
    }

    [Test]
    public async Task Snooze_ByATeamMemberWhoIsNotAParticipant_Answers403()
    {
        var id = (await StartRunAsync()).GetProperty("id").GetString()!;
        using var member = await TeamMemberAsync();

        using var response = await member.Client.PostAsync($"{Root}/runs/{id}/reminder", SuiteApi.Json(new { new_reminder_seconds = 60 }));

        await ReadPluginErrorAsync(response, HttpStatusCode.Forbidden);
        Assert.That(TimelineTypes(await RunAsync(id)), Does.Not.Contain("status_update_snoozed"));
    }

    [Test]
    public async Task StatusUpdate_ClearsOverdueAndTheNextIsDueAfterItsReminder()
    {
        var id = (await OverdueRunAsync()).GetProperty("id").GetString()!;

        using var response = await Owner.Client.PostAsync($"{Root}/runs/{id}/status", SuiteApi.Json(new { message = "Rolled back", reminder = 120 }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var after = await RunAsync(id);
        Assert.That(Overdue(after), Is.False);
        Assert.That(after.GetProperty("status_update_due_at").GetInt64(), Is.EqualTo(after.GetProperty("last_status_update_at").GetInt64() + 120_000));
    }

    [Test]
    public async Task Reminders_AreKeptPerRun_WhenTwoRunsShareAChannel()
    {
        var first = await StartRunAsync(name: "First in channel");
        var channelId = first.GetProperty("channel_id").GetString()!;
        var second = await StartRunAsync(cadence: Cadence * 3, channelId: channelId, name: "Second in channel");

        _clock.Advance(TimeSpan.FromSeconds(Cadence + 20));
        await EventuallyAsync(first.GetProperty("id").GetString()!, Overdue, "the first run is overdue");
        await Task.Delay(300);

        Assert.That(Overdue(await RunAsync(second.GetProperty("id").GetString()!)), Is.False);
        var reminders = (await ChannelPostsAsync(channelId)).Where(p => p.GetProperty("type").GetString() == "custom_update_status").Select(p => p.GetProperty("message").GetString()).ToList();
        Assert.That(reminders, Has.Count.EqualTo(1));
        Assert.That(reminders[0], Does.Contain("First in channel"));
    }

    [Test]
    public async Task FinishedRun_IsNoLongerOverdueAndGetsNoReminder()
    {
        var run = await OverdueRunAsync();
        var id = run.GetProperty("id").GetString()!;

        using var finished = await PutAsync(Owner.Client, $"{Root}/runs/{id}/finish", new { });
        _clock.Advance(TimeSpan.FromSeconds(Cadence * 2));
        await Task.Delay(500);

        var after = await RunAsync(id);
        Assert.That(Overdue(after), Is.False);
        Assert.That(after.GetProperty("status_update_due_at").GetInt64(), Is.Zero);
        Assert.That((await ChannelPostsAsync(run.GetProperty("channel_id").GetString()!)).Count(p => p.GetProperty("type").GetString() == "custom_update_status"), Is.EqualTo(1));
    }

    [Test]
    public async Task StatusUpdatesDisabled_StopsRemindersAndEnablingRecordsTheTimeline()
    {
        var id = (await StartRunAsync()).GetProperty("id").GetString()!;

        using var disabled = await PutAsync(Owner.Client, $"{Root}/runs/{id}/status-update-enabled", new { status_enabled = false });
        _clock.Advance(TimeSpan.FromSeconds(Cadence + 20));
        await Task.Delay(500);
        var off = await RunAsync(id);
        using var enabled = await PutAsync(Owner.Client, $"{Root}/runs/{id}/status-update-enabled", new { status_enabled = true });

        Assert.That((await disabled.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("success").GetBoolean(), Is.True);
        Assert.That(off.GetProperty("status_update_enabled").GetBoolean(), Is.False);
        Assert.That(off.GetProperty("status_update_due_at").GetInt64(), Is.Zero);
        Assert.That(Overdue(off), Is.False);
        Assert.That(enabled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(TimelineTypes(await RunAsync(id)), Is.SupersetOf(new[] { "status_updates_disabled", "status_updates_enabled" }));
    }
    [Test]
    public async Task Reminder_IsThePlaybooksBotsWithTheUpdateStatusButton_AndFollowersHearItIsOverdue()
    {
        using var follower = await TeamMemberAsync();
        var id = (await StartRunAsync()).GetProperty("id").GetString()!;
        using var followed = await PutAsync(follower.Client, $"{Root}/runs/{id}/followers", new { });
        _clock.Advance(TimeSpan.FromSeconds(Cadence + 20));
        var run = await EventuallyAsync(id, r => Overdue(r) && r.GetProperty("reminder_post_id").GetString()!.Length > 0, "the owner is reminded");

        var reminder = await GetAsync(Owner.Client, $"/api/v4/posts/{run.GetProperty("reminder_post_id").GetString()}");
        Assert.That(reminder.GetProperty("user_id").GetString(), Is.EqualTo(await PlaybooksBotIdAsync()));
        var action = reminder.GetProperty("props").GetProperty("attachments")[0].GetProperty("actions")[0];
        Assert.That(action.GetProperty("name").GetString(), Is.EqualTo("Update status"));
        Assert.That(action.GetProperty("integration").GetProperty("url").GetString(), Is.EqualTo($"{Root}/runs/{id}/reminder/button-update"));
        using var direct = await follower.Client.PostAsync("/api/v4/channels/direct", SuiteApi.Json(new[] { follower.Id, await PlaybooksBotIdAsync() }));
        var directId = JsonDocument.Parse(await direct.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var told = (await ChannelPostsAsync(follower.Client, directId)).Select(p => p.GetProperty("message").GetString());
        Assert.That(told, Has.One.StartsWith("Status update is overdue for [Checkout errors]").And.Contains($"(Owner: @{Owner.User.Username})"));
    }

    [Test]
    public async Task StatusUpdate_DeletesTheReminderItAnswers()
    {
        var run = await OverdueRunAsync();
        var reminderId = run.GetProperty("reminder_post_id").GetString()!;

        using var response = await Owner.Client.PostAsync($"{Root}/runs/{run.GetProperty("id").GetString()}/status", SuiteApi.Json(new { message = "Mitigated", reminder = 600 }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var reminder = await Owner.Client.GetAsync($"/api/v4/posts/{reminderId}");
        Assert.That(reminder.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await ChannelPostsAsync(run.GetProperty("channel_id").GetString()!)).Select(p => p.GetProperty("message").GetString()), Does.Contain("Mitigated"));
    }

    [Test]
    public async Task Snooze_DeletesTheReminder()
    {
        var run = await OverdueRunAsync();
        var reminderId = run.GetProperty("reminder_post_id").GetString()!;

        using var response = await Owner.Client.PostAsync($"{Root}/runs/{run.GetProperty("id").GetString()}/reminder", SuiteApi.Json(new { new_reminder_seconds = 300 }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var reminder = await Owner.Client.GetAsync($"/api/v4/posts/{reminderId}");
        Assert.That(reminder.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task UpdateStatusButton_SendsAParticipantToTheRunPage_AndRefusesOthersOrAMissingBody()
    {
        var id = (await StartRunAsync()).GetProperty("id").GetString()!;
        using var member = await TeamMemberAsync();
        var button = $"{Root}/runs/{id}/reminder/button-update";

        using var pressed = await Owner.Client.PostAsync(button, SuiteApi.Json(new { user_id = member.Id, post_id = "", trigger_id = "t" }));
        using var byOther = await member.Client.PostAsync(button, SuiteApi.Json(new { user_id = Owner.Id, trigger_id = "t" }));
        using var empty = await Owner.Client.PostAsync(button, SuiteApi.Raw(""));

        var answer = await pressed.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(answer.GetProperty("goto_location").GetString(), Is.EqualTo($"/playbooks/runs/{id}"));
        await ReadPluginErrorAsync(byOther, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(empty, HttpStatusCode.BadRequest);
    }
}
