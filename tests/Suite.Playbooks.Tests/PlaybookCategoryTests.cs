using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>The Playbooks sidebar's categories (<c>/my_categories</c>): the user's own, favourites, and the computed Runs and Playbooks.</summary>
public sealed class PlaybookCategoryTests : PlaybooksFixture
{
    private static string Id(JsonElement element) => element.GetProperty("id").GetString()!;

    private static IEnumerable<string> Names(JsonElement categories) => categories.EnumerateArray().Select(c => c.GetProperty("name").GetString()!);

    private static IEnumerable<string> ItemIds(JsonElement category) => category.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("item_id").GetString()!);

    private async Task<JsonElement> CategoriesAsync(SignedInUser user) => await GetAsync(user.Client, $"{Root}/my_categories?team_id={TeamId}");

    private static JsonElement Named(JsonElement categories, string name) => categories.EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    private async Task<string> CreateCategoryAsync(SignedInUser user, string name, params (string Id, string Type)[] items)
    {
        using var response = await user.Client.PostAsync($"{Root}/my_categories", SuiteApi.Json(Body(user, name, items)));
        return (await response.ReadJsonAsync(HttpStatusCode.OK)).GetString()!;
    }

    private object Body(SignedInUser user, string name, (string Id, string Type)[] items, string? id = null) =>
        new { id = id ?? "", name, team_id = TeamId, user_id = user.Id, collapsed = false, items = items.Select(i => new { item_id = i.Id, type = i.Type }).ToArray() };

    [Test]
    public async Task MyCategories_WithNoneOfTheirOwn_ListTheInProgressRunsTheyTakePartInAndThePlaybooksTheyAreMemberOf()
    {
        using var member = await TeamMemberAsync();
        var playbookId = await CreatePlaybookAsync(member.Client);
        var run = await CreateRunAsync(member.Client, playbookId, name: "Queue backlog");
        var ended = await CreateRunAsync(member.Client, playbookId, name: "Old one");
        using var finished = await PutAsync(member.Client, $"{Root}/runs/{Id(ended)}/finish", new { });
        var othersPlaybook = await CreatePlaybookAsync(Owner.Client);

        var categories = await CategoriesAsync(member);

        Assert.That(Names(categories), Is.EqualTo(new[] { "Runs", "Playbooks" }));
        var runs = Named(categories, "Runs");
        Assert.That(Id(runs), Is.EqualTo("runsCategory"));
        Assert.That(runs.GetProperty("user_id").GetString(), Is.EqualTo(member.Id));
        Assert.That(runs.GetProperty("team_id").GetString(), Is.EqualTo(TeamId));
        var runItem = runs.GetProperty("items").EnumerateArray().Single();
        Assert.That(runItem.GetProperty("item_id").GetString(), Is.EqualTo(Id(run)));
        Assert.That(runItem.GetProperty("type").GetString(), Is.EqualTo("r"));
        Assert.That(runItem.GetProperty("name").GetString(), Is.EqualTo("Queue backlog"));
        var playbooks = Named(categories, "Playbooks");
        Assert.That(Id(playbooks), Is.EqualTo("playbooksCategory"));
        var playbookItem = playbooks.GetProperty("items").EnumerateArray().Single();
        Assert.That(playbookItem.GetProperty("item_id").GetString(), Is.EqualTo(playbookId), $"not {othersPlaybook}, which they are no member of");
        Assert.That(playbookItem.GetProperty("type").GetString(), Is.EqualTo("p"));
        Assert.That(playbookItem.GetProperty("name").GetString(), Is.EqualTo("Database outage"));
        Assert.That(playbookItem.GetProperty("public").GetBoolean(), Is.True);
    }

    [Test]
    public async Task CreateCategory_IsListedFirstWithItsItemsNamedAndTakesThemOutOfRunsAndPlaybooks()
    {
        using var member = await TeamMemberAsync();
        var playbookId = await CreatePlaybookAsync(member.Client);
        var run = await CreateRunAsync(member.Client, playbookId, name: "Disk full");
        using var outsider = await OutsiderAsync();
        var otherTeam = (await SuiteApi.CreateTeamAsync(outsider.Client)).GetProperty("id").GetString()!;
        var otherPlaybook = await CreatePlaybookAsync(outsider.Client, new() { ["team_id"] = otherTeam });
        using var started = await outsider.Client.PostAsync($"{Root}/runs", SuiteApi.Json(new { name = "Not yours to read", team_id = otherTeam, playbook_id = otherPlaybook }));
        var hiddenRun = await started.ReadJsonAsync(HttpStatusCode.Created);

        var id = await CreateCategoryAsync(member, " Sev 1 ", (Id(run), "r"), (Id(hiddenRun), "r"));

        Assert.That(id, Has.Length.EqualTo(26));
        var categories = await CategoriesAsync(member);
        Assert.That(Names(categories), Is.EqualTo(new[] { "Sev 1", "Runs", "Playbooks" }));
        var own = Named(categories, "Sev 1");
        Assert.That(Id(own), Is.EqualTo(id));
        Assert.That(own.GetProperty("create_at").GetInt64(), Is.Positive);
        Assert.That(own.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()), Is.EqualTo(new[] { "Disk full", "" }), "a run the user cannot see keeps no name");
        Assert.That(ItemIds(Named(categories, "Runs")), Is.Empty);
        Assert.That(ItemIds(Named(categories, "Playbooks")), Is.EqualTo(new[] { playbookId }));
    }

    [Test]
    public async Task Favorites_AreTheItemsOfTheCategoryNamedFavorite()
    {
        using var member = await TeamMemberAsync();
        var playbookId = await CreatePlaybookAsync(member.Client);
        var run = await CreateRunAsync(member.Client, playbookId);
        await CreateCategoryAsync(member, "Favorite", (playbookId, "p"));

        var playbook = await GetAsync(member.Client, $"{Root}/my_categories/favorites?team_id={TeamId}&item_id={playbookId}&type=p");
        var asRun = await GetAsync(member.Client, $"{Root}/my_categories/favorites?team_id={TeamId}&item_id={playbookId}&type=r");
        var otherItem = await GetAsync(member.Client, $"{Root}/my_categories/favorites?team_id={TeamId}&item_id={Id(run)}&type=r");
        var forOwner = await GetAsync(Owner.Client, $"{Root}/my_categories/favorites?team_id={TeamId}&item_id={playbookId}&type=p");
        using var badType = await member.Client.GetAsync($"{Root}/my_categories/favorites?team_id={TeamId}&item_id={playbookId}&type=x");

        Assert.That(playbook.GetBoolean(), Is.True);
        Assert.That(asRun.GetBoolean(), Is.False);
        Assert.That(otherItem.GetBoolean(), Is.False);
        Assert.That(forOwner.GetBoolean(), Is.False, "favourites are per user");
        Assert.That(await ReadPluginErrorAsync(badType, HttpStatusCode.BadRequest), Does.Contain("type"));
    }

    [Test]
    public async Task UpdateCollapseAndDelete_ChangeTheCallersCategory()
    {
        using var member = await TeamMemberAsync();
        var playbookId = await CreatePlaybookAsync(member.Client);
        var id = await CreateCategoryAsync(member, "Mine");

        using var updated = await PutAsync(member.Client, $"{Root}/my_categories/{id}", Body(member, "Renamed", [(playbookId, "p"), (playbookId, "p")], id));
        using var collapsed = await member.Client.PutAsync($"{Root}/my_categories/{id}/collapse", SuiteApi.Raw("true"));
        var afterUpdate = Named(await CategoriesAsync(member), "Renamed");
        using var deleted = await member.Client.DeleteAsync($"{Root}/my_categories/{id}");
        using var deletedAgain = await member.Client.DeleteAsync($"{Root}/my_categories/{id}");

        Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK), await updated.Content.ReadAsStringAsync());
        Assert.That(collapsed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ItemIds(afterUpdate), Is.EqualTo(new[] { playbookId }), "an item is kept once");
        Assert.That(afterUpdate.GetProperty("collapsed").GetBoolean(), Is.True);
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await ReadPluginErrorAsync(deletedAgain, HttpStatusCode.NotFound);
        Assert.That(Names(await CategoriesAsync(member)), Is.EqualTo(new[] { "Runs", "Playbooks" }));
    }

    [TestCase("{\"id\":\"aaaaaaaaaaaaaaaaaaaaaaaaaa\",\"name\":\"x\",\"team_id\":\"TEAM\",\"user_id\":\"USER\",\"items\":[]}", "id")]
    [TestCase("{\"name\":\"x\",\"team_id\":\"TEAM\",\"user_id\":\"OTHER\",\"items\":[]}", "user_id")]
    [TestCase("{\"name\":\" \",\"team_id\":\"TEAM\",\"user_id\":\"USER\",\"items\":[]}", "name")]
    [TestCase("{\"name\":\"x\",\"team_id\":\"\",\"user_id\":\"USER\",\"items\":[]}", "team_id")]
    [TestCase("{\"name\":\"x\",\"team_id\":\"TEAM\",\"user_id\":\"USER\",\"items\":[{\"item_id\":\"aaaaaaaaaaaaaaaaaaaaaaaaaa\",\"type\":\"x\"}]}", "type")]
    [TestCase("{\"name\":\"x\",\"team_id\":\"TEAM\",\"user_id\":\"USER\",\"items\":[{\"item_id\":\"\",\"type\":\"r\"}]}", "item_id")]
    [TestCase("{\"name\":\"x\",\"team_id\":\"TEAM\",\"user_id\":\"USER\",\"items\":null}", "items")]
    [TestCase("{\"name\":", "body")]
    public async Task CreateCategory_WithBadInput_Answers400AndCreatesNothing(string body, string named)
    {
        using var member = await TeamMemberAsync();
        var resolved = body.Replace("TEAM", TeamId, StringComparison.Ordinal).Replace("USER", member.Id, StringComparison.Ordinal).Replace("OTHER", Owner.Id, StringComparison.Ordinal);

        using var response = await member.Client.PostAsync($"{Root}/my_categories", SuiteApi.Raw(resolved));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain(named));
        Assert.That(Names(await CategoriesAsync(member)), Is.EqualTo(new[] { "Runs", "Playbooks" }));
    }

    [Test]
    public async Task Categories_OfAnotherUserOrTeam_AreRefusedAndLeftUnchanged()
    {
        using var member = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();
        var id = await CreateCategoryAsync(member, "Private thoughts");

        using var renamed = await PutAsync(Owner.Client, $"{Root}/my_categories/{id}", Body(Owner, "Hijacked", [], id));
        using var collapsed = await Owner.Client.PutAsync($"{Root}/my_categories/{id}/collapse", SuiteApi.Raw("true"));
        using var deleted = await Owner.Client.DeleteAsync($"{Root}/my_categories/{id}");
        using var unknown = await PutAsync(member.Client, $"{Root}/my_categories/{new string('a', 26)}", Body(member, "x", [], new string('a', 26)));
        using var listedByOutsider = await outsider.Client.GetAsync($"{Root}/my_categories?team_id={TeamId}");
        using var createdByOutsider = await outsider.Client.PostAsync($"{Root}/my_categories", SuiteApi.Json(Body(outsider, "Sneaky", [])));

        await ReadPluginErrorAsync(renamed, HttpStatusCode.BadRequest);
        await ReadPluginErrorAsync(collapsed, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(deleted, HttpStatusCode.BadRequest);
        await ReadPluginErrorAsync(unknown, HttpStatusCode.BadRequest);
        await ReadPluginErrorAsync(listedByOutsider, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(createdByOutsider, HttpStatusCode.Forbidden);
        var mine = Named(await CategoriesAsync(member), "Private thoughts");
        Assert.That(mine.GetProperty("collapsed").GetBoolean(), Is.False);
        Assert.That(Names(await CategoriesAsync(Owner)), Does.Not.Contain("Hijacked").And.Not.Contain("Private thoughts"));
    }
}
