using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>A playbook's <c>categorize_channel_enabled</c> / <c>category_name</c> put its runs' channels in that sidebar category of their people.</summary>
public sealed class RunChannelCategoryTests : PlaybooksFixture
{
    private async Task<List<JsonElement>> CategoriesAsync(SignedInUser user)
    {
        var sidebar = await GetAsync(user.Client, $"/api/v4/users/{user.Id}/teams/{TeamId}/channels/categories");
        return sidebar.GetProperty("categories").EnumerateArray().ToList();
    }

    private static IEnumerable<string> ChannelsOf(IEnumerable<JsonElement> categories, string displayName) =>
        categories.Where(c => c.GetProperty("display_name").GetString() == displayName)
            .SelectMany(c => c.GetProperty("channel_ids").EnumerateArray().Select(id => id.GetString()!));

    [Test]
    public async Task CategorizeOn_TheRunChannelIsInTheNamedCategoryOfTheOwnerAndTheInvited_AndASecondRunJoinsTheSameCategory()
    {
        using var invited = await TeamMemberAsync();
        var playbookId = await CreatePlaybookAsync(Owner.Client, new()
        {
            ["categorize_channel_enabled"] = true,
            ["category_name"] = "Incidents",
            ["invite_users_enabled"] = true,
            ["invited_user_ids"] = new[] { invited.Id },
        });

        var first = (await CreateRunAsync(Owner.Client, playbookId, name: "First")).GetProperty("channel_id").GetString()!;
        var second = (await CreateRunAsync(Owner.Client, playbookId, name: "Second")).GetProperty("channel_id").GetString()!;

        foreach (var user in new[] { Owner, invited })
        {
            var categories = await CategoriesAsync(user);
            Assert.That(categories.Count(c => c.GetProperty("display_name").GetString() == "Incidents"), Is.EqualTo(1), user.User.Username);
            var incidents = categories.Single(c => c.GetProperty("display_name").GetString() == "Incidents");
            Assert.That(incidents.GetProperty("type").GetString(), Is.EqualTo("custom"));
            Assert.That(ChannelsOf(categories, "Incidents"), Is.EquivalentTo(new[] { first, second }), user.User.Username);
            Assert.That(ChannelsOf(categories, "Channels"), Has.None.AnyOf(first, second), "the run channels left the default category");
        }
    }

    [Test]
    public async Task CategorizeOn_AParticipantAddedLater_GetsTheCategory_AndAnExistingCategoryOfThatNameIsUsedRegardlessOfCase()
    {
        using var later = await TeamMemberAsync();
        using var own = await later.Client.PostAsync($"/api/v4/users/{later.Id}/teams/{TeamId}/channels/categories",
            SuiteApi.Json(new { user_id = later.Id, team_id = TeamId, display_name = "on call", type = "custom" }));
        var ownId = (await own.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString();
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["categorize_channel_enabled"] = true, ["category_name"] = "On Call" });
        var run = await CreateRunAsync(Owner.Client, playbookId);
        var runId = run.GetProperty("id").GetString();
        var channelId = run.GetProperty("channel_id").GetString()!;

        using var added = await Owner.Client.PostAsync($"{Root}/runs/{runId}/participants", SuiteApi.Json(new { user_ids = new[] { later.Id } }));

        Assert.That(added.IsSuccessStatusCode, Is.True, await added.Content.ReadAsStringAsync());
        var categories = await CategoriesAsync(later);
        var onCall = categories.Where(c => string.Equals(c.GetProperty("display_name").GetString(), "on call", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.That(onCall.Select(c => c.GetProperty("id").GetString()), Is.EqualTo(new[] { ownId }));
        Assert.That(onCall[0].GetProperty("channel_ids").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { channelId }));
    }

    [Test]
    public async Task CategorizeOff_TheRunChannelStaysInTheDefaultCategory()
    {
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["categorize_channel_enabled"] = false, ["category_name"] = "Ignored" });

        var channelId = (await CreateRunAsync(Owner.Client, playbookId)).GetProperty("channel_id").GetString()!;

        var categories = await CategoriesAsync(Owner);
        Assert.That(categories.Select(c => c.GetProperty("display_name").GetString()), Has.None.EqualTo("Ignored"));
        Assert.That(ChannelsOf(categories, "Channels"), Does.Contain(channelId));
    }

    [Test]
    public async Task CategorizeOn_WithANameLongerThanMattermostAllows_Answers400()
    {
        using var response = await Owner.Client.PostAsync($"{Root}/playbooks", SuiteApi.Json(new
        {
            title = "Too long a category",
            team_id = TeamId,
            @public = true,
            categorize_channel_enabled = true,
            category_name = new string('x', 23),
        }));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain("category_name"));
    }
}
