using System.Net;
using System.Text;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests.FollowUps;

/// <summary>Follow-ups become cards on the playbook's board in the Boards module, linked both ways.</summary>
public sealed class FollowUpCardTests : PlaybooksFixture
{
    private const string Boards = "/plugins/focalboard/api/v2";

    [Test]
    public async Task PublishedRetrospective_TurnsItsOpenTasksAndMarkedItemsIntoCards_LinkedBothWays()
    {
        var board = await CreateBoardAsync(Owner.Client, TeamId);
        var playbook = await CreatePlaybookAsync(Owner.Client, new()
        {
            ["follow_ups_board_id"] = board,
            ["checklists"] = new object[] { new { title = "Aftermath", items = new object[] { new { title = "Rotate the leaked key", is_follow_up = true }, new { title = "Tell support" } } } },
        });
        var run = await CreateRunAsync(Owner.Client, playbook);
        var runId = run.GetProperty("id").GetString()!;

        using var published = await Owner.Client.PostAsync($"{Root}/runs/{runId}/retrospective/publish", SuiteApi.Json(new
        {
            retrospective = "Replication lag went unnoticed.\n\n- [ ] Add a lag alert\n- [x] Restart the replica\n- [ ] Page the DBA *earlier*\n",
        }));
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var after = await GetAsync(Owner.Client, $"{Root}/runs/{runId}");

        var followUps = after.GetProperty("follow_ups").EnumerateArray().ToList();
        Assert.That(followUps.Select(f => f.GetProperty("title").GetString()), Is.EquivalentTo(new[] { "Add a lag alert", "Page the DBA earlier", "Rotate the leaked key" }));
        Assert.That(followUps.Select(f => f.GetProperty("card_url").GetString()), Has.All.StartWith($"/boards/team/{TeamId}/{board}/"));
        Assert.That(TimelineTypes(after), Does.Contain("follow_ups_created"));
        var cards = await BoardsCallAsync(Owner.Client, HttpMethod.Get, $"/boards/{board}/cards");
        Assert.That(cards.EnumerateArray().Select(c => c.GetProperty("title").GetString()), Is.EquivalentTo(new[] { "Add a lag alert", "Page the DBA earlier", "Rotate the leaked key" }));
        var card = cards.EnumerateArray().First();
        var text = await BoardsCallAsync(Owner.Client, HttpMethod.Get, $"/boards/{board}/blocks?block_id={card.GetProperty("contentOrder")[0].GetString()}");
        Assert.That(text[0].GetProperty("title").GetString(), Does.Contain($"/playbooks/runs/{runId}").And.Contain(after.GetProperty("sequential_id").GetString()));

        var again = await PostForRunAsync(Owner.Client, $"{Root}/runs/{runId}/follow-ups");
        Assert.That(again.GetProperty("follow_ups").GetArrayLength(), Is.EqualTo(3), "each follow-up becomes one card");
        Assert.That((await BoardsCallAsync(Owner.Client, HttpMethod.Get, $"/boards/{board}/cards")).GetArrayLength(), Is.EqualTo(3));
    }

    [Test]
    public async Task FollowUpsBoard_InAnotherTeamOrUnknown_IsRefusedWhenThePlaybookIsSaved()
    {
        var otherTeam = (await SuiteApi.CreateTeamAsync(Owner.Client)).GetProperty("id").GetString()!;
        var foreign = await CreateBoardAsync(Owner.Client, otherTeam);

        foreach (var boardId in new[] { foreign, "abcdefghijklmnopqrstuvwxyz" })
        {
            using var response = await Owner.Client.PostAsync($"{Root}/playbooks", SuiteApi.Json(new { title = "x", team_id = TeamId, @public = true, follow_ups_board_id = boardId }));
            Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain("follow_ups_board_id"));
        }
    }

    [Test]
    public async Task FollowUpsBoard_ThePublisherCannotAddCardsTo_LeavesTheReasonOnTheTimeline_AndThePublishStands()
    {
        var board = await CreateBoardAsync(Owner.Client, TeamId, type: "P");
        var playbook = await CreatePlaybookAsync(Owner.Client, new() { ["follow_ups_board_id"] = board });
        using var responder = await TeamMemberAsync();
        var runId = (await CreateRunAsync(Owner.Client, playbook, ownerId: responder.Id)).GetProperty("id").GetString()!;

        using var published = await responder.Client.PostAsync($"{Root}/runs/{runId}/retrospective/publish", SuiteApi.Json(new { retrospective = "- [ ] Add a lag alert" }));
        var after = await GetAsync(Owner.Client, $"{Root}/runs/{runId}");

        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(after.GetProperty("retrospective_published_at").GetInt64(), Is.Positive);
        Assert.That(after.GetProperty("follow_ups").GetArrayLength(), Is.Zero);
        var failure = after.GetProperty("timeline_events").EnumerateArray().Single(e => e.GetProperty("event_type").GetString() == "follow_ups_failed");
        Assert.That(failure.GetProperty("details").GetString(), Does.Contain("does not let this person add cards"));
    }

    private static async Task<JsonElement> PostForRunAsync(HttpClient client, string path)
    {
        using var response = await client.PostAsync(path, SuiteApi.Json(new { }));
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    private static async Task<string> CreateBoardAsync(HttpClient client, string teamId, string type = "O") =>
        (await BoardsCallAsync(client, HttpMethod.Post, "/boards", new { teamId, type, title = "Follow-ups", cardProperties = Array.Empty<object>() })).GetProperty("id").GetString()!;

    private static async Task<JsonElement> BoardsCallAsync(HttpClient client, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, Boards + path);
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }
}
