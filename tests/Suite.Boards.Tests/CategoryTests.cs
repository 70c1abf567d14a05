using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Boards.Tests;

public sealed class CategoryTests : BoardsFixture
{
    [Test]
    public async Task TheDefaultCategory_IsMadeOnFirstRead_AndHoldsTheBoardsOneIsAMemberOf()
    {
        using var user = await TeamMemberAsync();
        var mine = await BoardIdAsync(CreateBoardAsync(user.Client, title: "Mine"));
        await BoardIdAsync(CreateBoardAsync(Owner.Client, title: "Not mine"));

        var categories = await CategoriesAsync(user);
        var again = await CategoriesAsync(user);

        var boards = categories.EnumerateArray().Single();
        Assert.That(boards.GetProperty("name").GetString(), Is.EqualTo("Boards"));
        Assert.That(boards.GetProperty("type").GetString(), Is.EqualTo("system"));
        Assert.That(boards.GetProperty("userID").GetString(), Is.EqualTo(user.Id));
        Assert.That(boards.GetProperty("teamID").GetString(), Is.EqualTo(TeamId));
        Assert.That(BoardIds(boards), Is.EqualTo(new[] { mine }));
        Assert.That(again[0].GetProperty("id").GetString(), Is.EqualTo(boards.GetProperty("id").GetString()));
    }

    [Test]
    public async Task ABoardMovedToACustomCategory_LeavesTheDefault_AndReturnsToItWhenTheCategoryIsDeleted()
    {
        using var user = await TeamMemberAsync();
        var first = await BoardIdAsync(CreateBoardAsync(user.Client, title: "First"));
        var second = await BoardIdAsync(CreateBoardAsync(user.Client, title: "Second"));
        var created = await CreateCategoryAsync(user, "Work");
        var categoryId = created.GetProperty("id").GetString()!;

        using var moved = await SendAsync(user.Client, HttpMethod.Post, $"/teams/{TeamId}/categories/{categoryId}/boards/{first}");
        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await moved.Content.ReadAsStringAsync(), Is.EqualTo("ok"));
        var categories = await CategoriesAsync(user);
        Assert.That(BoardIds(Named(categories, "Work")), Is.EqualTo(new[] { first }));
        Assert.That(BoardIds(Named(categories, "Boards")), Is.EqualTo(new[] { second }));

        var deleted = await CallAsync(user.Client, HttpMethod.Delete, $"/teams/{TeamId}/categories/{categoryId}");
        Assert.That(deleted.GetProperty("deleteAt").GetInt64(), Is.GreaterThan(0));
        var after = await CategoriesAsync(user);
        Assert.That(after.EnumerateArray().Select(c => c.GetProperty("name").GetString()), Is.EqualTo(new[] { "Boards" }));
        Assert.That(BoardIds(after[0]), Is.EquivalentTo(new[] { first, second }));
    }

    [Test]
    public async Task Categories_AndTheirBoards_AreReorderedAndHidden_OnlyWithTheirOwnIds()
    {
        using var user = await TeamMemberAsync();
        var first = await BoardIdAsync(CreateBoardAsync(user.Client, title: "First"));
        var second = await BoardIdAsync(CreateBoardAsync(user.Client, title: "Second"));
        var defaultId = (await CategoriesAsync(user))[0].GetProperty("id").GetString()!;
        var workId = (await CreateCategoryAsync(user, "Work")).GetProperty("id").GetString()!;

        var order = await CallAsync(user.Client, HttpMethod.Put, $"/teams/{TeamId}/categories/reorder", new[] { defaultId, workId });
        var boardOrder = await CallAsync(user.Client, HttpMethod.Put, $"/teams/{TeamId}/categories/{defaultId}/boards/reorder", new[] { second, first });
        await CallAsync(user.Client, HttpMethod.Put, $"/teams/{TeamId}/categories/{defaultId}/boards/{second}/hide");
        await ErrorAsync(user.Client, HttpMethod.Put, $"/teams/{TeamId}/categories/reorder", new[] { workId }, HttpStatusCode.BadRequest);
        await ErrorAsync(user.Client, HttpMethod.Put, $"/teams/{TeamId}/categories/{defaultId}/boards/reorder", new[] { first, "someoneelses" }, HttpStatusCode.BadRequest);

        Assert.That(order.EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { defaultId, workId }));
        Assert.That(boardOrder.EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { second, first }));
        var categories = await CategoriesAsync(user);
        Assert.That(categories.EnumerateArray().Select(c => c.GetProperty("id").GetString()), Is.EqualTo(new[] { defaultId, workId }));
        Assert.That(BoardIds(categories[0]), Is.EqualTo(new[] { second, first }));
        Assert.That(categories[0].GetProperty("boardMetadata")[0].GetProperty("hidden").GetBoolean(), Is.True);
        await CallAsync(user.Client, HttpMethod.Put, $"/teams/{TeamId}/categories/{defaultId}/boards/{second}/unhide");
        Assert.That((await CategoriesAsync(user))[0].GetProperty("boardMetadata")[0].GetProperty("hidden").GetBoolean(), Is.False);
    }

    [Test]
    public async Task UpdatingACategory_RenamesCustomOnes_ButNotTheDefault_WhichCannotBeDeleted()
    {
        using var user = await TeamMemberAsync();
        var fallback = (await CategoriesAsync(user))[0];
        var work = await CreateCategoryAsync(user, "Work");
        var workId = work.GetProperty("id").GetString()!;
        var defaultId = fallback.GetProperty("id").GetString()!;

        var renamed = await CallAsync(user.Client, HttpMethod.Put, $"/teams/{TeamId}/categories/{workId}", new { id = workId, name = "Projects", userID = user.Id, teamID = TeamId, collapsed = true });
        var kept = await CallAsync(user.Client, HttpMethod.Put, $"/teams/{TeamId}/categories/{defaultId}", new { id = defaultId, name = "Renamed", userID = user.Id, teamID = TeamId, collapsed = true });
        var error = await ErrorAsync(user.Client, HttpMethod.Delete, $"/teams/{TeamId}/categories/{defaultId}", null, HttpStatusCode.BadRequest);

        Assert.That(renamed.GetProperty("name").GetString(), Is.EqualTo("Projects"));
        Assert.That(renamed.GetProperty("collapsed").GetBoolean(), Is.True);
        Assert.That(kept.GetProperty("name").GetString(), Is.EqualTo("Boards"));
        Assert.That(error, Is.EqualTo("cannot delete a system category"));
        await ErrorAsync(user.Client, HttpMethod.Put, $"/teams/{TeamId}/categories/{workId}", new { id = "other", name = "X", userID = user.Id, teamID = TeamId }, HttpStatusCode.BadRequest);
        await ErrorAsync(user.Client, HttpMethod.Put, $"/teams/{TeamId}/categories/{workId}", new { id = workId, name = " ", userID = user.Id, teamID = TeamId }, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task SomeoneElse_CannotCreateOrChangeMyCategories()
    {
        using var user = await TeamMemberAsync();
        using var other = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();
        var workId = (await CreateCategoryAsync(user, "Work")).GetProperty("id").GetString()!;

        Assert.That(await ErrorAsync(other.Client, HttpMethod.Post, $"/teams/{TeamId}/categories", new { name = "Theirs", userID = user.Id, teamID = TeamId }, HttpStatusCode.BadRequest), Does.Contain("mismatch"));
        await ErrorAsync(other.Client, HttpMethod.Delete, $"/teams/{TeamId}/categories/{workId}", null, HttpStatusCode.NotFound);
        await ErrorAsync(other.Client, HttpMethod.Put, $"/teams/{TeamId}/categories/{workId}", new { id = workId, name = "Hijacked", userID = user.Id, teamID = TeamId }, HttpStatusCode.BadRequest);
        await ErrorAsync(outsider.Client, HttpMethod.Get, $"/teams/{TeamId}/categories", null, HttpStatusCode.Forbidden);
        await ErrorAsync(outsider.Client, HttpMethod.Post, $"/teams/{TeamId}/categories", new { name = "In", userID = outsider.Id, teamID = TeamId }, HttpStatusCode.Forbidden);

        Assert.That(Named(await CategoriesAsync(user), "Work").GetProperty("name").GetString(), Is.EqualTo("Work"));
    }

    [Test]
    public async Task APrivateBoardOneCannotSee_CannotBeFiled()
    {
        using var creator = await TeamMemberAsync();
        var secret = await BoardIdAsync(CreateBoardAsync(creator.Client, type: "P"));
        using var user = await TeamMemberAsync();
        var workId = (await CreateCategoryAsync(user, "Work")).GetProperty("id").GetString()!;

        await ErrorAsync(user.Client, HttpMethod.Post, $"/teams/{TeamId}/categories/{workId}/boards/{secret}", null, HttpStatusCode.Forbidden);

        Assert.That(BoardIds(Named(await CategoriesAsync(user), "Work")), Is.Empty);
    }

    [Test]
    public async Task CategoryChanges_ReachOnlyTheirUser()
    {
        using var user = await TeamMemberAsync();
        using var other = await TeamMemberAsync();
        await using var mine = await EventClient.ConnectAsync(Server.BaseAddress, user.Token);
        await using var theirs = await EventClient.ConnectAsync(Server.BaseAddress, other.Token);

        var created = await CreateCategoryAsync(user, "Live");
        await CreateCategoryAsync(other, "Marker");

        var data = (await mine.NextAsync("custom_focalboard_UPDATE_CATEGORY")).GetProperty("data");
        Assert.That(data.GetProperty("action").GetString(), Is.EqualTo("UPDATE_CATEGORY"));
        Assert.That(data.GetProperty("category").GetProperty("id").GetString(), Is.EqualTo(created.GetProperty("id").GetString()));
        var seen = await theirs.EventsUntilAsync("custom_focalboard_UPDATE_CATEGORY", d => d.GetProperty("category").GetProperty("name").GetString() == "Marker");
        Assert.That(seen.Where(e => e.Contains("\"Live\"", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task FilingReorderingAndHiding_TellTheUsersClients_InFocalboardsMessages()
    {
        using var user = await TeamMemberAsync();
        var first = await BoardIdAsync(CreateBoardAsync(user.Client, title: "First"));
        var second = await BoardIdAsync(CreateBoardAsync(user.Client, title: "Second"));
        var defaultId = (await CategoriesAsync(user))[0].GetProperty("id").GetString()!;
        var workId = (await CreateCategoryAsync(user, "Work")).GetProperty("id").GetString()!;
        await using var events = await EventClient.ConnectAsync(Server.BaseAddress, user.Token);

        using (var moved = await SendAsync(user.Client, HttpMethod.Post, $"/teams/{TeamId}/categories/{workId}/boards/{first}"))
        {
            Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await CallAsync(user.Client, HttpMethod.Put, $"/teams/{TeamId}/categories/reorder", new[] { workId, defaultId });
        await CallAsync(user.Client, HttpMethod.Put, $"/teams/{TeamId}/categories/{defaultId}/boards/{second}/hide");
        await CreateBoardAsync(user.Client, title: "Third");
        var order = (await CategoriesAsync(user)).EnumerateArray().Single(c => c.GetProperty("id").GetString() == defaultId);
        var boardOrder = BoardIds(order).Reverse().ToArray();
        await CallAsync(user.Client, HttpMethod.Put, $"/teams/{TeamId}/categories/{defaultId}/boards/reorder", boardOrder);

        var filed = (await events.NextAsync("custom_focalboard_UPDATE_BOARD_CATEGORY")).GetProperty("data");
        Assert.That(filed.GetProperty("action").GetString(), Is.EqualTo("UPDATE_BOARD_CATEGORY"));
        Assert.That(filed.GetProperty("teamId").GetString(), Is.EqualTo(TeamId));
        var entry = filed.GetProperty("blockCategories").EnumerateArray().Single();
        Assert.That((entry.GetProperty("boardID").GetString(), entry.GetProperty("categoryID").GetString(), entry.GetProperty("hidden").GetBoolean()), Is.EqualTo((first, workId, false)));
        var reordered = (await events.NextAsync("custom_focalboard_REORDER_CATEGORIES")).GetProperty("data");
        Assert.That(reordered.GetProperty("action").GetString(), Is.EqualTo("REORDER_CATEGORIES"));
        Assert.That(reordered.GetProperty("categoryOrder").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { workId, defaultId }));
        var hidden = (await events.NextAsync("custom_focalboard_UPDATE_BOARD_CATEGORY")).GetProperty("data").GetProperty("blockCategories")[0];
        Assert.That((hidden.GetProperty("boardID").GetString(), hidden.GetProperty("hidden").GetBoolean()), Is.EqualTo((second, true)));
        var boards = (await events.NextAsync("custom_focalboard_REORDER_CATEGORY_BOARDS")).GetProperty("data");
        Assert.That(boards.GetProperty("action").GetString(), Is.EqualTo("REORDER_CATEGORY_BOARDS"));
        Assert.That(boards.GetProperty("CategoryId").GetString(), Is.EqualTo(defaultId));
        Assert.That(boards.GetProperty("BoardOrder").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(boardOrder));
    }

    private async Task<JsonElement> CategoriesAsync(SignedInUser user) => await CallAsync(user.Client, HttpMethod.Get, $"/teams/{TeamId}/categories");

    private async Task<JsonElement> CreateCategoryAsync(SignedInUser user, string name) =>
        await CallAsync(user.Client, HttpMethod.Post, $"/teams/{TeamId}/categories", new { name, userID = user.Id, teamID = TeamId });

    private static JsonElement Named(JsonElement categories, string name) => categories.EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    private static IEnumerable<string?> BoardIds(JsonElement category) => category.GetProperty("boardMetadata").EnumerateArray().Select(m => m.GetProperty("boardID").GetString());
}
