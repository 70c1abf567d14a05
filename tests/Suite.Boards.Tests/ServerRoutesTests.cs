using System.Net;
using Suite.Testing;

namespace Suite.Boards.Tests;

/// <summary>Focalboard's <c>/hello</c>, <c>/ping</c>, <c>/statistics</c> and <c>/teams/{id}/onboard</c>.</summary>
public sealed class ServerRoutesTests : BoardsFixture
{
    [Test]
    public async Task HelloAndPing_AnswerAnyone_BesideTheApi_WithoutTheCsrfHeader()
    {
        using var anonymous = Server.CreateClient();

        using var hello = await anonymous.GetAsync("/plugins/focalboard/hello");
        using var ping = await anonymous.GetAsync("/plugins/focalboard/ping");
        var metadata = await ping.ReadJsonAsync(HttpStatusCode.OK);

        Assert.That(hello.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await hello.Content.ReadAsStringAsync(), Is.EqualTo("Hello"));
        Assert.That(metadata.GetProperty("edition").GetString(), Is.EqualTo("plugin"));
        Assert.That(metadata.GetProperty("sku").GetString(), Is.EqualTo("suite"));
        Assert.That(metadata.GetProperty("db_type").GetString(), Is.EqualTo("postgres"));
        Assert.That(metadata.GetProperty("db_version").GetString(), Is.Not.Empty);
        Assert.That(metadata.TryGetProperty("build_number", out _), Is.True);
    }

    [Test]
    public async Task Statistics_CountLiveBoardsAndCards_ForSystemAdminsOnly()
    {
        using var anonymous = Server.CreateClient();
        var before = await CallAsync(Admin.Client, HttpMethod.Get, "/statistics");
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        await CreateCardAsync(Owner.Client, boardId, "One");
        await CreateCardAsync(Owner.Client, boardId, "Two");
        var gone = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        await CreateCardAsync(Owner.Client, gone, "Deleted with its board");
        await CallAsync(Owner.Client, HttpMethod.Delete, $"/boards/{gone}");

        var after = await CallAsync(Admin.Client, HttpMethod.Get, "/statistics");

        Assert.That(after.GetProperty("board_count").GetInt64() - before.GetProperty("board_count").GetInt64(), Is.EqualTo(1));
        Assert.That(after.GetProperty("card_count").GetInt64() - before.GetProperty("card_count").GetInt64(), Is.EqualTo(2));
        Assert.That(await ErrorAsync(Owner.Client, HttpMethod.Get, "/statistics", null, HttpStatusCode.Forbidden), Is.EqualTo("access denied System Statistics"));
        await ErrorAsync(anonymous, HttpMethod.Get, "/statistics", null, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Onboarding_MakesAPrivateWelcomeBoardForTheCaller_AndStartsTheTour()
    {
        using var member = await TeamMemberAsync();

        var answer = await CallAsync(member.Client, HttpMethod.Post, $"/teams/{TeamId}/onboard");
        var boardId = answer.GetProperty("boardID").GetString()!;
        var board = await CallAsync(member.Client, HttpMethod.Get, $"/boards/{boardId}");
        var cards = await CallAsync(member.Client, HttpMethod.Get, $"/boards/{boardId}/cards");
        var config = await CallAsync(member.Client, HttpMethod.Get, "/users/me/config");

        Assert.That(answer.GetProperty("teamID").GetString(), Is.EqualTo(TeamId));
        Assert.That(board.GetProperty("title").GetString(), Is.EqualTo("Welcome to Boards!"));
        Assert.That(board.GetProperty("type").GetString(), Is.EqualTo("P"));
        Assert.That(board.GetProperty("teamId").GetString(), Is.EqualTo(TeamId));
        Assert.That(board.GetProperty("isTemplate").GetBoolean(), Is.False);
        Assert.That(cards.GetArrayLength(), Is.GreaterThan(0));
        var settings = config.EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("value").GetString());
        Assert.That(settings["onboardingTourStarted"], Is.EqualTo("1"));
        Assert.That(settings["onboardingTourStep"], Is.EqualTo("0"));
        Assert.That(settings["tourCategory"], Is.EqualTo("onboarding"));
        await ErrorAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}/blocks", null, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Onboarding_IsRefusedOutsideTheTeam_AndWithoutASession()
    {
        using var outsider = await OutsiderAsync();
        using var anonymous = Server.CreateClient();

        Assert.That(await ErrorAsync(outsider.Client, HttpMethod.Post, $"/teams/{TeamId}/onboard", null, HttpStatusCode.Forbidden), Is.EqualTo("access denied to create board"));
        await ErrorAsync(anonymous, HttpMethod.Post, $"/teams/{TeamId}/onboard", null, HttpStatusCode.Unauthorized);
        Assert.That((await CallAsync(outsider.Client, HttpMethod.Get, "/users/me/memberships")).GetArrayLength(), Is.Zero);
    }
}
