using System.Net;
using Suite.Testing;

namespace Suite.Boards.Tests.Notices;

public sealed partial class NoticeTests
{
    private async Task<string> ChannelAsync(HttpClient client, string type = "O")
    {
        using var response = await client.PostAsync("/api/v4/channels", SuiteApi.Json(new { team_id = TeamId, name = SuiteApi.UniqueName("c"), display_name = "Planning", type }));
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
    }

    [Test]
    public async Task LinkingABoardToAChannel_PostsInTheChannelAsTheBoardsBot_AndUnlinkingToo()
    {
        var channelId = await ChannelAsync(Owner.Client);
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client, title: "Sprint 12"));

        await CallAsync(Owner.Client, HttpMethod.Patch, $"/boards/{boardId}", new { channelId });
        await CallAsync(Owner.Client, HttpMethod.Patch, $"/boards/{boardId}", new { title = "Sprint 12 (renamed)" });
        await CallAsync(Owner.Client, HttpMethod.Patch, $"/boards/{boardId}", new { channelId = "" });

        var posts = (await ChannelPostsAsync(Owner.Client, channelId)).Where(p => p.GetProperty("props").TryGetProperty("from_bot", out _)).Select(Message).ToList();
        Assert.That(posts, Is.EqualTo(new[]
        {
            $"@{Owner.User.Username} linked the board [Sprint 12](/boards/team/{TeamId}/{boardId}) with this channel",
            $"@{Owner.User.Username} unlinked the board [Sprint 12 (renamed)](/boards/team/{TeamId}/{boardId}) with this channel",
        }));
    }

    [Test]
    public async Task AChannelsLinkedBoards_AreListedToThoseWhoMayReadTheChannel_AndOnlyTheBoardsTheyMaySee()
    {
        using var channelMember = await TeamMemberAsync();
        using var teammate = await TeamMemberAsync();
        using var outsider = await OutsiderAsync();
        var open = await ChannelAsync(Owner.Client);
        var secret = await ChannelAsync(Owner.Client, "P");
        using (var added = await Owner.Client.PostAsync($"/api/v4/channels/{secret}/members", SuiteApi.Json(new { user_id = channelMember.Id })))
        {
            Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        var openBoard = await BoardIdAsync(CreateBoardAsync(Owner.Client, title: "Open board"));
        var privateBoard = await BoardIdAsync(CreateBoardAsync(Owner.Client, "P", title: "Private board"));
        var secretBoard = await BoardIdAsync(CreateBoardAsync(Owner.Client, "P", title: "Secret board"));
        await CallAsync(Owner.Client, HttpMethod.Patch, $"/boards/{openBoard}", new { channelId = open });
        await CallAsync(Owner.Client, HttpMethod.Patch, $"/boards/{privateBoard}", new { channelId = open });
        await CallAsync(Owner.Client, HttpMethod.Patch, $"/boards/{secretBoard}", new { channelId = secret });

        IEnumerable<string?> Titles(System.Text.Json.JsonElement boards) => boards.EnumerateArray().Select(b => b.GetProperty("title").GetString());
        Assert.That(Titles(await CallAsync(Owner.Client, HttpMethod.Get, $"/channels/{open}/boards")), Is.EqualTo(new[] { "Open board", "Private board" }));
        Assert.That(Titles(await CallAsync(teammate.Client, HttpMethod.Get, $"/channels/{open}/boards")), Is.EqualTo(new[] { "Open board" }), "a private board only for those who may view it");
        Assert.That(Titles(await CallAsync(channelMember.Client, HttpMethod.Get, $"/channels/{secret}/boards")), Is.EqualTo(new[] { "Secret board" }), "the channel's members are the board's editors");
        await ErrorAsync(teammate.Client, HttpMethod.Get, $"/channels/{secret}/boards", null, HttpStatusCode.NotFound);
        await ErrorAsync(outsider.Client, HttpMethod.Get, $"/channels/{open}/boards", null, HttpStatusCode.NotFound);
        await ErrorAsync(Owner.Client, HttpMethod.Get, "/channels/nosuchchannel0000000000000a/boards", null, HttpStatusCode.NotFound);
    }
}
