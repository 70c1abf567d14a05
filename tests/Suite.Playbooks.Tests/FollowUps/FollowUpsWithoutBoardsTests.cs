using System.Net;
using Npgsql;
using Suite.Testing;

namespace Suite.Playbooks.Tests.FollowUps;

/// <summary>A server without the Boards module: the playbook says so clearly, and runs go on.</summary>
public sealed class FollowUpsWithoutBoardsTests : PlaybooksFixture
{
    protected override IReadOnlyDictionary<string, string?> ServerSettings => new Dictionary<string, string?> { ["Suite:Modules"] = "Channels,Playbooks,Licensing" };

    [Test]
    public async Task SavingAFollowUpsBoard_WithoutBoards_Answers400SayingBoardsIsNotEnabled()
    {
        using var response = await Owner.Client.PostAsync($"{Root}/playbooks", SuiteApi.Json(new { title = "x", team_id = TeamId, @public = true, follow_ups_board_id = "abcdefghijklmnopqrstuvwxyz" }));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain("Boards is not enabled on this server"));
    }

    [Test]
    public async Task PublishingARetrospective_WhenBoardsWasDisabledLater_RecordsWhyThereAreNoCards()
    {
        var playbook = await CreatePlaybookAsync(Owner.Client);
        await SetBoardDirectlyAsync(playbook, "abcdefghijklmnopqrstuvwxyz");
        var runId = (await CreateRunAsync(Owner.Client, playbook)).GetProperty("id").GetString()!;

        using var published = await Owner.Client.PostAsync($"{Root}/runs/{runId}/retrospective/publish", SuiteApi.Json(new { retrospective = "- [ ] Add a lag alert" }));
        var after = await GetAsync(Owner.Client, $"{Root}/runs/{runId}");

        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var failure = after.GetProperty("timeline_events").EnumerateArray().Single(e => e.GetProperty("event_type").GetString() == "follow_ups_failed");
        Assert.That(failure.GetProperty("details").GetString(), Does.Contain("Boards is not enabled on this server"));
    }

    /// <summary>As a playbook saved while Boards was enabled.</summary>
    private async Task SetBoardDirectlyAsync(string playbookId, string boardId)
    {
        await using var connection = new NpgsqlConnection(Server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE playbooks.mt_doc_playbook SET data = jsonb_set(data, '{follow_ups_board_id}', to_jsonb($2::text)) WHERE id = $1", connection)
        {
            Parameters = { new() { Value = playbookId }, new() { Value = boardId } },
        };
        Assert.That(await command.ExecuteNonQueryAsync(), Is.EqualTo(1));
    }
}
