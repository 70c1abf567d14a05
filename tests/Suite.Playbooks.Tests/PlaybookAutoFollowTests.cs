using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>Auto-following a playbook's runs, and the playbooks the slash command offers.</summary>
public sealed class PlaybookAutoFollowTests : PlaybooksFixture
{
    [Test]
    public async Task AutoFollow_ByTheUser_IsListedAndMakesThemAFollowerOfEachNewRun()
    {
        var id = await CreatePlaybookAsync(Owner.Client);
        using var watcher = await TeamMemberAsync();

        using var followed = await watcher.Client.PutAsync($"{Root}/playbooks/{id}/autofollows/{watcher.Id}", null);
        var run = await CreateRunAsync(Owner.Client, id);

        Assert.That(followed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Strings(await GetAsync(Owner.Client, $"{Root}/playbooks/{id}/autofollows")), Is.EqualTo(new[] { watcher.Id }));
        Assert.That(Strings(run.GetProperty("follower_ids")), Is.EqualTo(new[] { watcher.Id }));
        var stored = await GetAsync(Owner.Client, $"{Root}/runs/{run.GetProperty("id").GetString()}");
        Assert.That(Strings(stored.GetProperty("follower_ids")), Is.EqualTo(new[] { watcher.Id }));
    }

    [Test]
    public async Task AutoUnfollow_StopsNewRunsButLeavesEarlierOnes()
    {
        var id = await CreatePlaybookAsync(Owner.Client);
        using var watcher = await TeamMemberAsync();
        await watcher.Client.PutAsync($"{Root}/playbooks/{id}/autofollows/{watcher.Id}", null);
        var earlier = await CreateRunAsync(Owner.Client, id);

        using var unfollowed = await watcher.Client.DeleteAsync($"{Root}/playbooks/{id}/autofollows/{watcher.Id}");
        var later = await CreateRunAsync(Owner.Client, id, name: "Later");

        Assert.That(unfollowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Strings(await GetAsync(Owner.Client, $"{Root}/playbooks/{id}/autofollows")), Is.Empty);
        Assert.That(Strings(later.GetProperty("follower_ids")), Is.Empty);
        Assert.That(Strings((await GetAsync(Owner.Client, $"{Root}/runs/{earlier.GetProperty("id").GetString()}")).GetProperty("follower_ids")), Is.EqualTo(new[] { watcher.Id }));
    }

    [Test]
    public async Task AutoFollow_ForSomeoneElse_IsRefusedExceptToASystemAdmin()
    {
        var id = await CreatePlaybookAsync(Owner.Client);
        using var watcher = await TeamMemberAsync();

        using var byOwner = await Owner.Client.PutAsync($"{Root}/playbooks/{id}/autofollows/{watcher.Id}", null);
        using var unfollowByOwner = await Owner.Client.DeleteAsync($"{Root}/playbooks/{id}/autofollows/{watcher.Id}");
        var afterRefusals = Strings(await GetAsync(Owner.Client, $"{Root}/playbooks/{id}/autofollows"));
        using var byAdmin = await Admin.Client.PutAsync($"{Root}/playbooks/{id}/autofollows/{watcher.Id}", null);

        await ReadPluginErrorAsync(byOwner, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(unfollowByOwner, HttpStatusCode.Forbidden);
        Assert.That(afterRefusals, Is.Empty);
        Assert.That(byAdmin.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Strings(await GetAsync(Owner.Client, $"{Root}/playbooks/{id}/autofollows")), Is.EqualTo(new[] { watcher.Id }));
    }

    [Test]
    public async Task AutoFollow_OfAPlaybookTheUserCannotSee_Answers404_AndForAUserWhoCannot400()
    {
        var id = await CreatePlaybookAsync(Owner.Client);
        using var outsider = await OutsiderAsync();

        using var hidden = await outsider.Client.PutAsync($"{Root}/playbooks/{id}/autofollows/{outsider.Id}", null);
        using var listed = await outsider.Client.GetAsync($"{Root}/playbooks/{id}/autofollows");
        using var forOutsider = await Admin.Client.PutAsync($"{Root}/playbooks/{id}/autofollows/{outsider.Id}", null);
        using var badId = await Admin.Client.PutAsync($"{Root}/playbooks/{id}/autofollows/not-an-id", null);

        await ReadPluginErrorAsync(hidden, HttpStatusCode.NotFound);
        await ReadPluginErrorAsync(listed, HttpStatusCode.NotFound);
        Assert.That(await ReadPluginErrorAsync(forOutsider, HttpStatusCode.BadRequest), Does.Contain("see the playbook"));
        Assert.That(await ReadPluginErrorAsync(badId, HttpStatusCode.BadRequest), Does.Contain("user_id"));
        Assert.That(Strings(await GetAsync(Owner.Client, $"{Root}/playbooks/{id}/autofollows")), Is.Empty);
    }

    [Test]
    public async Task Autocomplete_OffersTheTeamsVisibleActivePlaybooksByTitleInMattermostsShape()
    {
        using var author = await TeamMemberAsync();
        var prefix = "0" + SuiteApi.UniqueName("ac"); // sorts before the other tests' playbooks, within the first 15
        var zulu = await CreatePlaybookAsync(author.Client, new() { ["title"] = $"{prefix} zulu" });
        var alpha = await CreatePlaybookAsync(author.Client, new() { ["title"] = $"{prefix} alpha" });
        var archived = await CreatePlaybookAsync(author.Client, new() { ["title"] = $"{prefix} archived" });
        await author.Client.DeleteAsync($"{Root}/playbooks/{archived}");

        var items = await GetAsync(author.Client, $"{Root}/playbooks/autocomplete?team_id={TeamId}");
        var withArchived = await GetAsync(author.Client, $"{Root}/playbooks/autocomplete?team_id={TeamId}&with_archived=true");

        var ours = items.EnumerateArray().Where(i => i.GetProperty("HelpText").GetString()!.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.That(ours.Select(i => i.GetProperty("Item").GetString()), Is.EqualTo(new[] { alpha, zulu }));
        Assert.That(ours[0].EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "Item", "Hint", "HelpText" }));
        Assert.That(ours[0].GetProperty("HelpText").GetString(), Is.EqualTo($"{prefix} alpha"));
        Assert.That(withArchived.EnumerateArray().Select(i => i.GetProperty("Item").GetString()), Does.Contain(archived));
    }

    [Test]
    public async Task Autocomplete_WithoutATeam_Answers400_AndOutsideTheTeam403()
    {
        using var outsider = await OutsiderAsync();

        using var teamless = await Owner.Client.GetAsync($"{Root}/playbooks/autocomplete");
        using var intruding = await outsider.Client.GetAsync($"{Root}/playbooks/autocomplete?team_id={TeamId}");

        Assert.That(await ReadPluginErrorAsync(teamless, HttpStatusCode.BadRequest), Does.Contain("team_id"));
        await ReadPluginErrorAsync(intruding, HttpStatusCode.Forbidden);
    }

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);
}
