using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Boards.Tests;

public sealed class RealtimeTests : BoardsFixture
{
    private const string UpdateBoard = "custom_focalboard_UPDATE_BOARD";

    [Test]
    public async Task Changes_ReachTheBoardsMembersAsFocalboardsPluginSendsThem_AndNoOneElse()
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client));
        using var member = await TeamMemberAsync();
        using var bystander = await TeamMemberAsync();
        await AddMemberAsync(creator.Client, boardId, member.Id, "editor");
        await using var memberEvents = await EventClient.ConnectAsync(Server.BaseAddress, member.Token);
        await using var bystanderEvents = await EventClient.ConnectAsync(Server.BaseAddress, bystander.Token);

        var cardId = (await CreateCardAsync(creator.Client, boardId, "Live")).GetProperty("id").GetString();
        await CallAsync(creator.Client, HttpMethod.Patch, $"/boards/{boardId}", new { title = "Renamed live" });
        await CallAsync(creator.Client, HttpMethod.Delete, $"/boards/{boardId}/blocks/{cardId}");

        var block = (await memberEvents.NextAsync(UpdateBoard, data => Action(data) == "UPDATE_BLOCK")).GetProperty("data");
        Assert.That(block.GetProperty("teamId").GetString(), Is.EqualTo(TeamId));
        Assert.That(block.GetProperty("block").GetProperty("id").GetString(), Is.EqualTo(cardId));
        Assert.That(block.GetProperty("block").GetProperty("title").GetString(), Is.EqualTo("Live"));
        Assert.That(block.GetProperty("block").GetProperty("boardId").GetString(), Is.EqualTo(boardId));
        var board = (await memberEvents.NextAsync(UpdateBoard, data => Action(data) == "UPDATE_BOARD")).GetProperty("data");
        Assert.That(board.GetProperty("board").GetProperty("title").GetString(), Is.EqualTo("Renamed live"));
        var deletion = (await memberEvents.NextAsync(UpdateBoard, data => Action(data) == "UPDATE_BLOCK")).GetProperty("data").GetProperty("block");
        Assert.That(deletion.GetProperty("id").GetString(), Is.EqualTo(cardId));
        Assert.That(deletion.GetProperty("deleteAt").GetInt64(), Is.GreaterThan(0));

        // The bystander is told of being added (a member change reaches its user), after everything before it.
        await AddMemberAsync(creator.Client, boardId, bystander.Id, "viewer");
        var seen = await bystanderEvents.EventsUntilAsync(UpdateBoard, data => Action(data) == "UPDATE_MEMBER" && data.GetProperty("member").GetProperty("userId").GetString() == bystander.Id);
        Assert.That(seen.Where(e => e.StartsWith(UpdateBoard, StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task RemovingAMember_TellsThemWithDeleteMember()
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client));
        using var member = await TeamMemberAsync();
        await AddMemberAsync(creator.Client, boardId, member.Id, "editor");
        await using var events = await EventClient.ConnectAsync(Server.BaseAddress, member.Token);

        await CallAsync(creator.Client, HttpMethod.Delete, $"/boards/{boardId}/members/{member.Id}");

        var data = (await events.NextAsync(UpdateBoard, d => Action(d) == "DELETE_MEMBER")).GetProperty("data");
        Assert.That(data.GetProperty("member").GetProperty("userId").GetString(), Is.EqualTo(member.Id));
        Assert.That(data.GetProperty("member").GetProperty("boardId").GetString(), Is.EqualTo(boardId));
    }

    [Test]
    public async Task Changes_ReachTheMembersOfTheLinkedChannel_WhoAreNotMembersOfTheBoard()
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client, type: "P"));
        using var colleague = await TeamMemberAsync();
        var channel = await creator.Client.PostAsync("/api/v4/channels", SuiteApi.Json(new { team_id = TeamId, name = SuiteApi.UniqueName("c"), display_name = "Planning", type = "O" }));
        var channelId = (await channel.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();
        using var joined = await colleague.Client.PostAsync($"/api/v4/channels/{channelId}/members", SuiteApi.Json(new { user_id = colleague.Id }));
        await joined.ReadJsonAsync(HttpStatusCode.Created);
        await CallAsync(creator.Client, HttpMethod.Patch, $"/boards/{boardId}", new { channelId });
        await using var events = await EventClient.ConnectAsync(Server.BaseAddress, colleague.Token);

        var cardId = (await CreateCardAsync(creator.Client, boardId, "For the channel")).GetProperty("id").GetString();

        var block = (await events.NextAsync(UpdateBoard, data => Action(data) == "UPDATE_BLOCK")).GetProperty("data").GetProperty("block");
        Assert.That(block.GetProperty("id").GetString(), Is.EqualTo(cardId));
        var members = await CallAsync(creator.Client, HttpMethod.Get, $"/boards/{boardId}/members");
        Assert.That(members.EnumerateArray().Select(m => m.GetProperty("userId").GetString()), Does.Not.Contain(colleague.Id), "the colleague hears of it through the channel, not as a member");
    }

    [Test]
    public async Task ASubscription_IsToldToItsSubscriberOnly()
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client));
        var cardId = (await CreateCardAsync(creator.Client, boardId)).GetProperty("id").GetString();
        using var follower = await TeamMemberAsync();
        await AddMemberAsync(creator.Client, boardId, follower.Id, "viewer");
        await using var followerEvents = await EventClient.ConnectAsync(Server.BaseAddress, follower.Token);
        await using var creatorEvents = await EventClient.ConnectAsync(Server.BaseAddress, creator.Token);

        await CallAsync(follower.Client, HttpMethod.Post, "/subscriptions", new { blockType = "card", blockId = cardId, subscriberType = "user", subscriberId = follower.Id });
        await CallAsync(creator.Client, HttpMethod.Patch, $"/boards/{boardId}", new { title = "Marker" });

        var told = (await followerEvents.NextAsync("custom_focalboard_UPDATE_SUBSCRIPTION")).GetProperty("data");
        Assert.That(told.GetProperty("action").GetString(), Is.EqualTo("UPDATE_SUBSCRIPTION"));
        Assert.That(told.GetProperty("subscription").GetProperty("blockId").GetString(), Is.EqualTo(cardId));
        Assert.That(told.GetProperty("subscription").GetProperty("subscriberId").GetString(), Is.EqualTo(follower.Id));
        var creatorSaw = await creatorEvents.EventsUntilAsync(UpdateBoard, d => Action(d) == "UPDATE_BOARD" && d.GetProperty("board").GetProperty("title").GetString() == "Marker");
        Assert.That(creatorSaw.Where(e => e.Contains("UPDATE_SUBSCRIPTION", StringComparison.Ordinal)), Is.Empty);
    }

    private static string? Action(JsonElement data) => data.TryGetProperty("action", out var action) ? action.GetString() : null;
}
