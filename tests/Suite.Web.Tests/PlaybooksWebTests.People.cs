using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

/// <summary>The run page's people: leaving and joining, following, and handing the run over, seen live by the other participant.</summary>
public sealed partial class PlaybooksWebTests
{
    [Test, Order(13)]
    public async Task RunPeople_LeaveJoinFollowAndHandOver_FromTheRunPage()
    {
        await _alicePage.GotoAsync($"playbooks/runs/{_alertRunId}");
        await _bobPage.GotoAsync($"playbooks/runs/{_alertRunId}");
        var alicesParticipants = _alicePage.GetByRole(AriaRole.List, new() { Name = "Participants" });
        await Expect(alicesParticipants).ToContainTextAsync("@bob");

        await _bobPage.GetByRole(AriaRole.Button, new() { Name = "Leave run" }).ClickAsync();
        await Expect(alicesParticipants).Not.ToContainTextAsync("@bob");
        await _bobPage.GetByRole(AriaRole.Button, new() { Name = "Join run" }).ClickAsync();
        await Expect(alicesParticipants).ToContainTextAsync("@bob");

        // Joining a run follows it, as Mattermost's AddParticipants does.
        await _bobPage.GetByRole(AriaRole.Button, new() { Name = "Unfollow" }).ClickAsync();
        await _bobPage.GetByRole(AriaRole.Button, new() { Name = "Follow", Exact = true }).ClickAsync();
        await Expect(_bobPage.GetByRole(AriaRole.Button, new() { Name = "Unfollow" })).ToBeVisibleAsync();

        await _alicePage.GetByLabel("New owner").FillAsync("bob");
        await _alicePage.GetByRole(AriaRole.Button, new() { Name = "Change owner" }).ClickAsync();
        await Expect(alicesParticipants).ToContainTextAsync("@bob (owner)");
        await Expect(_bobPage.GetByRole(AriaRole.List, new() { Name = "Participants" })).ToContainTextAsync("@bob (owner)");
        await Expect(_bobPage.Locator(".timeline")).ToContainTextAsync("Owner changed from @alice to @bob");

        var run = await GetAsync(_alice, $"runs/{_alertRunId}");
        Assert.That(run.GetProperty("owner_user_id").GetString(), Is.EqualTo(_bob.Id));
        Assert.That(run.GetProperty("follower_ids").EnumerateArray().Select(f => f.GetString()), Does.Contain(_bob.Id));
    }
}
