using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Channels.Tests.Sidebar;

/// <summary>Mattermost's sidebar categories: defaults per user and team, custom categories, order, mute and collapse, kept in step with memberships.</summary>
public sealed class SidebarCategoryTests : ChannelsFixture
{
    private string CategoriesPath(SignedInUser user) => $"/api/v4/users/{user.Id}/teams/{TeamId}/channels/categories";

    private async Task<JsonElement> CategoriesAsync(SignedInUser user) => await user.Client.GetJsonAsync(CategoriesPath(user));

    private static JsonElement OfType(JsonElement categories, string type) =>
        categories.GetProperty("categories").EnumerateArray().Single(c => c.Str("type") == type);

    private static List<string> ChannelIds(JsonElement category) => category.GetProperty("channel_ids").EnumerateArray().Select(e => e.GetString()!).ToList();

    private static object Body(JsonElement category, IEnumerable<string>? channelIds = null, bool? muted = null, bool? collapsed = null, string? sorting = null, string? displayName = null) => new
    {
        id = category.Id(),
        user_id = category.Str("user_id"),
        team_id = category.Str("team_id"),
        type = category.Str("type"),
        display_name = displayName ?? category.Str("display_name"),
        sorting = sorting ?? category.Str("sorting"),
        muted = muted ?? category.GetProperty("muted").GetBoolean(),
        collapsed = collapsed ?? category.GetProperty("collapsed").GetBoolean(),
        channel_ids = channelIds ?? ChannelIds(category),
    };

    [Test]
    public async Task Categories_OfANewMember_AreMattermostsThreeDefaultsHoldingTheirChannels()
    {
        using var user = await TeamMemberAsync();
        using var other = await TeamMemberAsync();
        var channel = await user.Client.CreateChannelAsync(TeamId, displayName: "Aardvark");
        var dm = await user.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/direct", new[] { user.Id, other.Id }, HttpStatusCode.Created);
        var townSquare = await user.Client.GetJsonAsync($"/api/v4/teams/{TeamId}/channels/name/town-square");

        var categories = await CategoriesAsync(user);

        var list = categories.GetProperty("categories").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(list.Select(c => c.Str("type")), Is.EqualTo(new[] { "favorites", "channels", "direct_messages" }));
            Assert.That(list.Select(c => c.Str("display_name")), Is.EqualTo(new[] { "Favorites", "Channels", "Direct Messages" }));
            Assert.That(list.Select(c => c.Id()), Is.EqualTo(new[] { $"favorites_{user.Id}_{TeamId}", $"channels_{user.Id}_{TeamId}", $"direct_messages_{user.Id}_{TeamId}" }));
            Assert.That(categories.GetProperty("order").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(list.Select(c => c.Id())));
            Assert.That(list.Select(c => c.Long("sort_order")), Is.EqualTo(new long[] { 0, 10, 20 }));
            Assert.That(list.Select(c => c.Str("sorting")), Is.EqualTo(new[] { "", "", "recent" }));
            Assert.That(list.All(c => c.Str("user_id") == user.Id && c.Str("team_id") == TeamId && !c.GetProperty("muted").GetBoolean() && !c.GetProperty("collapsed").GetBoolean()));
            Assert.That(ChannelIds(list[0]), Is.Empty);
            Assert.That(ChannelIds(list[1]), Does.Contain(channel.Id()).And.Contain(townSquare.Id()).And.Not.Contain(dm.Id()));
            Assert.That(ChannelIds(list[1])[0], Is.EqualTo(channel.Id()), "unplaced channels come by display name");
            Assert.That(ChannelIds(list[2]), Is.EqualTo(new[] { dm.Id() }));
        });
        var order = await user.Client.GetJsonAsync(CategoriesPath(user) + "/order");
        Assert.That(order.EnumerateArray().Select(e => e.GetString()), Is.EqualTo(list.Select(c => c.Id())));
        var one = await user.Client.GetJsonAsync($"{CategoriesPath(user)}/{list[1].Id()}");
        Assert.That(ChannelIds(one), Is.EqualTo(ChannelIds(list[1])));
    }

    [Test]
    public async Task JoiningLeavingAndArchiving_KeepTheCategoriesInStep()
    {
        using var user = await TeamMemberAsync();
        var favorite = await user.Client.CreateChannelAsync(TeamId);
        var archived = await user.Client.CreateChannelAsync(TeamId);
        var categories = await CategoriesAsync(user);
        var favorites = OfType(categories, "favorites");
        await user.Client.SendJsonAsync(HttpMethod.Put, CategoriesPath(user), new[]
        {
            Body(favorites, [favorite.Id()]),
            Body(OfType(categories, "channels"), ChannelIds(OfType(categories, "channels")).Where(id => id != favorite.Id())),
        });

        var joined = await user.Client.CreateChannelAsync(TeamId);
        await user.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{archived.Id()}", null);
        await user.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{favorite.Id()}/members/{user.Id}", null);

        categories = await CategoriesAsync(user);
        Assert.Multiple(() =>
        {
            Assert.That(ChannelIds(OfType(categories, "channels")), Does.Contain(joined.Id()).And.Not.Contain(archived.Id()).And.Not.Contain(favorite.Id()));
            Assert.That(ChannelIds(OfType(categories, "favorites")), Is.Empty, "a channel left leaves the category it was placed in");
        });

        await user.Client.SendJsonAsync(HttpMethod.Post, $"/api/v4/channels/{favorite.Id()}/members", new { user_id = user.Id }, HttpStatusCode.Created);
        Assert.That(ChannelIds(OfType(await CategoriesAsync(user), "channels")), Does.Contain(favorite.Id()), "joined again, it is back in Channels, not in Favorites");
    }

    [Test]
    public async Task CreateCategory_ComesAfterFavoritesTakesItsChannelsFromTheOthersAndIsAnnounced()
    {
        using var user = await TeamMemberAsync();
        using var outsider = await TeamMemberAsync();
        var mine = await user.Client.CreateChannelAsync(TeamId);
        var notMine = await outsider.Client.CreateChannelAsync(TeamId, type: "P");
        await CategoriesAsync(user);
        await using var events = await EventClient.ConnectAsync(Server.BaseAddress, user.Token);

        var created = await user.Client.SendJsonAsync(HttpMethod.Post, CategoriesPath(user), new
        {
            user_id = user.Id, team_id = TeamId, display_name = "Incidents", channel_ids = new[] { mine.Id(), notMine.Id() },
        });

        Assert.Multiple(() =>
        {
            Assert.That(created.Str("type"), Is.EqualTo("custom"));
            Assert.That(created.Str("display_name"), Is.EqualTo("Incidents"));
            Assert.That(ChannelIds(created), Is.EqualTo(new[] { mine.Id() }), "channels the user is not in are dropped");
        });
        var announced = await events.NextAsync("sidebar_category_created");
        Assert.Multiple(() =>
        {
            Assert.That(announced.GetProperty("data").Str("category_id"), Is.EqualTo(created.Id()));
            Assert.That(announced.GetProperty("broadcast").Str("team_id"), Is.EqualTo(TeamId));
            Assert.That(announced.GetProperty("broadcast").Str("user_id"), Is.EqualTo(user.Id));
        });
        var categories = await CategoriesAsync(user);
        Assert.Multiple(() =>
        {
            Assert.That(categories.GetProperty("order").EnumerateArray().Select(e => e.GetString()).ToList()[1], Is.EqualTo(created.Id()));
            Assert.That(ChannelIds(OfType(categories, "channels")), Does.Not.Contain(mine.Id()));
        });

        await user.Client.SendJsonAsync(HttpMethod.Delete, $"{CategoriesPath(user)}/{created.Id()}", null);
        var deleted = await events.NextAsync("sidebar_category_deleted");
        Assert.That(deleted.GetProperty("data").Str("category_id"), Is.EqualTo(created.Id()));
        categories = await CategoriesAsync(user);
        Assert.Multiple(() =>
        {
            Assert.That(categories.GetProperty("categories").GetArrayLength(), Is.EqualTo(3));
            Assert.That(ChannelIds(OfType(categories, "channels")), Does.Contain(mine.Id()), "a deleted category's channels return to Channels");
        });
    }

    [Test]
    public async Task UpdateCategories_RenamesOnlyCustomOnesSetsSortingAndCollapseAndAnnouncesTheResult()
    {
        using var user = await TeamMemberAsync();
        var categories = await CategoriesAsync(user);
        var custom = await user.Client.SendJsonAsync(HttpMethod.Post, CategoriesPath(user), new { user_id = user.Id, team_id = TeamId, display_name = "Work" });
        await using var events = await EventClient.ConnectAsync(Server.BaseAddress, user.Token);

        var updated = await user.Client.SendJsonAsync(HttpMethod.Put, CategoriesPath(user), new[]
        {
            Body(OfType(categories, "channels"), displayName: "Renamed", sorting: "alpha", collapsed: true),
            Body(custom, displayName: "Later", sorting: "manual"),
        });

        var list = updated.EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(list[0].Str("display_name"), Is.EqualTo("Channels"), "a default category keeps its name");
            Assert.That(list[0].Str("sorting"), Is.EqualTo("alpha"));
            Assert.That(list[0].GetProperty("collapsed").GetBoolean(), Is.True);
            Assert.That(ChannelIds(list[0]), Is.Not.Empty, "the channels category still lists the unplaced channels");
            Assert.That(list[1].Str("display_name"), Is.EqualTo("Later"));
        });
        var announced = await events.NextAsync("sidebar_category_updated");
        var carried = JsonDocument.Parse(announced.GetProperty("data").Str("updatedCategories")).RootElement;
        Assert.That(carried.EnumerateArray().Select(c => c.Str("display_name")), Is.EqualTo(new[] { "Channels", "Later" }));

        var single = await user.Client.SendJsonAsync(HttpMethod.Put, $"{CategoriesPath(user)}/{custom.Id()}", Body(custom, displayName: "Single", collapsed: true));
        Assert.That(single.Str("display_name"), Is.EqualTo("Single"));
        Assert.That((await user.Client.GetJsonAsync($"{CategoriesPath(user)}/{custom.Id()}")).GetProperty("collapsed").GetBoolean(), Is.True);
    }

    [Test]
    public async Task MutingACategory_MutesItsChannelsAndMovingOneOut_UnmutesIt()
    {
        using var user = await TeamMemberAsync();
        var first = await user.Client.CreateChannelAsync(TeamId);
        var second = await user.Client.CreateChannelAsync(TeamId);
        var custom = await user.Client.SendJsonAsync(HttpMethod.Post, CategoriesPath(user), new
        {
            user_id = user.Id, team_id = TeamId, display_name = "Noise", channel_ids = new[] { first.Id(), second.Id() },
        });

        await user.Client.SendJsonAsync(HttpMethod.Put, $"{CategoriesPath(user)}/{custom.Id()}", Body(custom, muted: true));
        Assert.Multiple(async () =>
        {
            Assert.That((await user.Client.MemberAsync(first.Id())).GetProperty("notify_props").Str("mark_unread"), Is.EqualTo("mention"));
            Assert.That((await user.Client.MemberAsync(second.Id())).GetProperty("notify_props").Str("mark_unread"), Is.EqualTo("mention"));
        });

        var categories = await CategoriesAsync(user);
        var channels = OfType(categories, "channels");
        var muted = categories.GetProperty("categories").EnumerateArray().Single(c => c.Id() == custom.Id());
        await using var events = await EventClient.ConnectAsync(Server.BaseAddress, user.Token);
        await user.Client.SendJsonAsync(HttpMethod.Put, CategoriesPath(user), new[]
        {
            Body(muted, [second.Id()]),
            Body(channels, [.. ChannelIds(channels), first.Id()]),
        });

        Assert.Multiple(async () =>
        {
            Assert.That((await user.Client.MemberAsync(first.Id())).GetProperty("notify_props").Str("mark_unread"), Is.EqualTo("all"), "moved into an unmuted category");
            Assert.That((await user.Client.MemberAsync(second.Id())).GetProperty("notify_props").Str("mark_unread"), Is.EqualTo("mention"));
        });
        var memberUpdated = await events.NextAsync("channel_member_updated");
        Assert.That(JsonDocument.Parse(memberUpdated.GetProperty("data").Str("channelMember")).RootElement.GetProperty("channel_id").GetString(), Is.EqualTo(first.Id()));
    }

    [Test]
    public async Task UpdateOrder_TakesEveryCategoryOnceAndAnnouncesIt()
    {
        using var user = await TeamMemberAsync();
        var order = (await CategoriesAsync(user)).GetProperty("order").EnumerateArray().Select(e => e.GetString()!).ToList();
        await using var events = await EventClient.ConnectAsync(Server.BaseAddress, user.Token);
        var reversed = Enumerable.Reverse(order).ToList();

        var answered = await user.Client.SendJsonAsync(HttpMethod.Put, CategoriesPath(user) + "/order", reversed);

        Assert.That(answered.EnumerateArray().Select(e => e.GetString()), Is.EqualTo(reversed));
        Assert.That((await user.Client.GetJsonAsync(CategoriesPath(user) + "/order")).EnumerateArray().Select(e => e.GetString()), Is.EqualTo(reversed));
        var announced = await events.NextAsync("sidebar_category_order_updated");
        Assert.That(announced.GetProperty("data").GetProperty("order").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(reversed));

        await user.Client.SendErrorAsync(HttpMethod.Put, CategoriesPath(user) + "/order", reversed.Take(2).ToList(), HttpStatusCode.BadRequest);
        await user.Client.SendErrorAsync(HttpMethod.Put, CategoriesPath(user) + "/order", new[] { reversed[0], reversed[0], reversed[1] }, HttpStatusCode.BadRequest);
        Assert.That((await user.Client.GetJsonAsync(CategoriesPath(user) + "/order")).EnumerateArray().Select(e => e.GetString()), Is.EqualTo(reversed), "a refused order changes nothing");
    }

    [Test]
    public async Task BadInput_IsRefusedAndChangesNothing()
    {
        using var user = await TeamMemberAsync();
        var categories = await CategoriesAsync(user);
        var favorites = OfType(categories, "favorites");

        await user.Client.SendErrorAsync(HttpMethod.Delete, $"{CategoriesPath(user)}/{favorites.Id()}", null, HttpStatusCode.BadRequest);
        await user.Client.SendErrorAsync(HttpMethod.Post, CategoriesPath(user), new { user_id = user.Id, team_id = TeamId, display_name = "" }, HttpStatusCode.BadRequest);
        await user.Client.SendErrorAsync(HttpMethod.Post, CategoriesPath(user), new { user_id = Admin.Id, team_id = TeamId, display_name = "Theirs" }, HttpStatusCode.BadRequest);
        await user.Client.SendErrorAsync(HttpMethod.Put, CategoriesPath(user), new[] { Body(favorites, sorting: "sideways") }, HttpStatusCode.BadRequest);
        await user.Client.SendErrorAsync(HttpMethod.Put, CategoriesPath(user), new[] { new { id = "not-a-category" } }, HttpStatusCode.BadRequest);

        var after = await CategoriesAsync(user);
        Assert.That(after.GetRawText(), Is.EqualTo(categories.GetRawText()));
    }

    [Test]
    public async Task OnlyTheUserThemselves_ReadsOrChangesTheirSidebar()
    {
        using var user = await TeamMemberAsync();
        using var colleague = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();
        var categories = await CategoriesAsync(user);
        var favorites = OfType(categories, "favorites");
        var theirs = await CategoriesAsync(colleague);

        await colleague.Client.SendErrorAsync(HttpMethod.Get, CategoriesPath(user), null, HttpStatusCode.Forbidden);
        await colleague.Client.SendErrorAsync(HttpMethod.Put, CategoriesPath(user), new[] { Body(favorites, collapsed: true) }, HttpStatusCode.Forbidden);
        await outsider.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/users/{outsider.Id}/teams/{TeamId}/channels/categories", null, HttpStatusCode.Forbidden);
        await user.Client.SendErrorAsync(HttpMethod.Get, $"{CategoriesPath(user)}/{OfType(theirs, "favorites").Id()}", null, HttpStatusCode.Forbidden);
        await user.Client.SendErrorAsync(HttpMethod.Put, CategoriesPath(user), new[] { Body(OfType(theirs, "favorites"), collapsed: true) }, HttpStatusCode.BadRequest);
        await user.Client.GetJsonAsync("/api/v4/users/me/teams/" + TeamId + "/channels/categories");

        Assert.That((await CategoriesAsync(colleague)).GetRawText(), Is.EqualTo(theirs.GetRawText()));
        var asAdmin = await Admin.Client.GetJsonAsync(CategoriesPath(user));
        Assert.That(asAdmin.GetProperty("order").GetArrayLength(), Is.EqualTo(3), "a system admin may read anyone's sidebar");
    }

    [Test]
    public async Task LeavingTheTeam_ClearsTheSidebarInIt()
    {
        using var user = await TeamMemberAsync();
        var custom = await user.Client.SendJsonAsync(HttpMethod.Post, CategoriesPath(user), new { user_id = user.Id, team_id = TeamId, display_name = "Gone soon" });

        await Owner.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/teams/{TeamId}/members/{user.Id}", null);
        await SuiteApi.AddToTeamAsync(Owner.Client, TeamId, user.Id);

        var categories = await CategoriesAsync(user);
        Assert.That(categories.GetProperty("order").EnumerateArray().Select(e => e.GetString()), Does.Not.Contain(custom.Id()));
        Assert.That(categories.GetProperty("categories").GetArrayLength(), Is.EqualTo(3));
    }
}
