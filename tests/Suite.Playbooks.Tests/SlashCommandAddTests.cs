using System.Text.Json;

namespace Suite.Playbooks.Tests;

/// <summary><c>/playbook add</c>: a post goes on the channel's run timeline, with a summary typed or taken from the post.</summary>
public sealed class SlashCommandAddTests : PlaybooksFixture
{
    private static List<JsonElement> FromPosts(JsonElement run) =>
        run.GetProperty("timeline_events").EnumerateArray().Where(e => e.GetProperty("event_type").GetString() == "event_from_post").ToList();

    [Test]
    public async Task Add_ByPermalinkOrId_PutsThePostOnTheTimeline_WithTheTypedSummaryOrThePostsFirstLine()
    {
        var run = await CreateRunAsync(Owner.Client, await CreatePlaybookAsync(Owner.Client));
        var (id, channel) = (run.GetProperty("id").GetString()!, run.GetProperty("channel_id").GetString()!);
        var first = await Owner.Client.PostAsync(channel, "Disk at 97% on db-3\nGraphs attached");
        var second = await Owner.Client.PostAsync(channel, "Replica caught up");

        var byLink = await Owner.Client.ExecuteAsync(channel, TeamId, $"/playbook add {Server.BaseAddress}team/pl/{first}");
        var byId = await Owner.Client.ExecuteAsync(channel, TeamId, $"/playbook add {second} Replication healthy again");

        Assert.That(byLink.Text(), Is.EqualTo("Added the post to the timeline of **DB primary down**."));
        Assert.That(byId.GetProperty("response_type").GetString(), Is.EqualTo("ephemeral"));
        var entries = FromPosts(await GetAsync(Owner.Client, $"{Root}/runs/{id}"));
        Assert.That(entries.Select(e => (e.GetProperty("post_id").GetString(), e.GetProperty("summary").GetString())),
            Is.EqualTo(new[] { (first, "Disk at 97% on db-3"), (second, "Replication healthy again") }));
    }

    [Test]
    public async Task Add_WithoutAPost_OrWithAPostTheCallerCannotRead_SaysWhyAndAddsNothing()
    {
        using var responder = await TeamMemberAsync();
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["invite_users_enabled"] = true, ["invited_user_ids"] = new[] { responder.Id } });
        var run = await CreateRunAsync(Owner.Client, playbookId);
        var (id, channel) = (run.GetProperty("id").GetString()!, run.GetProperty("channel_id").GetString()!);
        var secret = await Owner.Client.CreateChannelAsync(TeamId, "P");
        var hiddenPost = await Owner.Client.PostAsync(secret, "Credentials rotated");

        var missing = await responder.Client.ExecuteAsync(channel, TeamId, "/playbook add");
        var hidden = await responder.Client.ExecuteAsync(channel, TeamId, $"/playbook add {hiddenPost}");

        Assert.That(missing.Text(), Does.StartWith("Give the post's id or permalink"));
        Assert.That(hidden.Text(), Does.StartWith("Your request could not be completed"));
        Assert.That(FromPosts(await GetAsync(Owner.Client, $"{Root}/runs/{id}")), Is.Empty);
    }
}
