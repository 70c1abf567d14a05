using System.Net;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>
/// A playbook's <c>owner_group_only_actions</c> (finishing, restoring and handing over its runs: the run's owner or a
/// system admin, a handover also the playbook's admins, as Mattermost's plugin) and <c>new_channel_only</c> (its runs
/// create their channel, never link one).
/// </summary>
public sealed class PlaybookRunRestrictionTests : PlaybooksFixture
{
    /// <summary>A run of a playbook <see cref="TeamFixture.Owner"/> administers (and whose team they administer), owned by someone else.</summary>
    private async Task<(string RunId, SignedInUser Lead)> RunOwnedByAnotherAsync(bool ownerGroupOnly)
    {
        var lead = await TeamMemberAsync();
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["owner_group_only_actions"] = ownerGroupOnly });
        var run = await CreateRunAsync(Owner.Client, playbookId, ownerId: lead.Id);
        return (run.GetProperty("id").GetString()!, lead);
    }

    private async Task<string> StatusAsync(string runId) =>
        (await GetAsync(Admin.Client, $"{Root}/runs/{runId}")).GetProperty("current_status").GetString()!;

    [Test]
    public async Task OwnerGroupOnlyActionsOff_APlaybookAndTeamAdminWhoDoesNotOwnTheRun_FinishesIt()
    {
        var (runId, lead) = await RunOwnedByAnotherAsync(ownerGroupOnly: false);
        using var _ = lead;

        using var finished = await PutAsync(Owner.Client, $"{Root}/runs/{runId}/finish", new { });

        Assert.That(finished.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await StatusAsync(runId), Is.EqualTo("Finished"));
    }

    [Test]
    public async Task OwnerGroupOnlyActionsOn_OnlyTheRunsOwnerOrASystemAdminFinishesAndRestores_WhileThePlaybookAdminMayStillHandItOver()
    {
        var (runId, lead) = await RunOwnedByAnotherAsync(ownerGroupOnly: true);
        using var _ = lead;

        using var refusedFinish = await PutAsync(Owner.Client, $"{Root}/runs/{runId}/finish", new { });
        var afterRefusal = await StatusAsync(runId);
        using var finishedByOwner = await PutAsync(lead.Client, $"{Root}/runs/{runId}/finish", new { });
        using var refusedRestore = await PutAsync(Owner.Client, $"{Root}/runs/{runId}/restore", new { });
        var afterRefusedRestore = await StatusAsync(runId);
        using var restoredByAdmin = await PutAsync(Admin.Client, $"{Root}/runs/{runId}/restore", new { });
        using var handedOver = await Owner.Client.PostAsync($"{Root}/runs/{runId}/owner", SuiteApi.Json(new { owner_id = Owner.Id }));

        Assert.That(await ReadPluginErrorAsync(refusedFinish, HttpStatusCode.Forbidden), Does.Contain("owner"));
        Assert.That(afterRefusal, Is.EqualTo("InProgress"));
        Assert.That(finishedByOwner.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await ReadPluginErrorAsync(refusedRestore, HttpStatusCode.Forbidden);
        Assert.That(afterRefusedRestore, Is.EqualTo("Finished"));
        Assert.That(restoredByAdmin.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await StatusAsync(runId), Is.EqualTo("InProgress"));
        Assert.That(handedOver.StatusCode, Is.EqualTo(HttpStatusCode.OK), await handedOver.Content.ReadAsStringAsync());
        Assert.That((await GetAsync(Owner.Client, $"{Root}/runs/{runId}")).GetProperty("owner_user_id").GetString(), Is.EqualTo(Owner.Id));
    }

    [Test]
    public async Task OwnerGroupOnlyActionsOn_ATeamAdminWhoIsNeitherOwnerNorPlaybookAdmin_MayNotFinishOrHandTheRunOver()
    {
        using var lead = await TeamMemberAsync();
        var playbookId = await CreatePlaybookAsync(lead.Client, new() { ["owner_group_only_actions"] = true });
        var runId = (await CreateRunAsync(lead.Client, playbookId)).GetProperty("id").GetString()!;

        using var finish = await PutAsync(Owner.Client, $"{Root}/runs/{runId}/finish", new { });
        using var handover = await Owner.Client.PostAsync($"{Root}/runs/{runId}/owner", SuiteApi.Json(new { owner_id = Owner.Id }));

        await ReadPluginErrorAsync(finish, HttpStatusCode.Forbidden);
        await ReadPluginErrorAsync(handover, HttpStatusCode.Forbidden);
        var run = await GetAsync(lead.Client, $"{Root}/runs/{runId}");
        Assert.That(run.GetProperty("owner_user_id").GetString(), Is.EqualTo(lead.Id));
        Assert.That(run.GetProperty("current_status").GetString(), Is.EqualTo("InProgress"));
    }

    [Test]
    public async Task OwnerGroupOnlyActionsOff_ATeamAdminWhoIsNeitherOwnerNorPlaybookAdmin_FinishesTheRun()
    {
        using var lead = await TeamMemberAsync();
        var playbookId = await CreatePlaybookAsync(lead.Client);
        var runId = (await CreateRunAsync(lead.Client, playbookId)).GetProperty("id").GetString()!;

        using var finish = await PutAsync(Owner.Client, $"{Root}/runs/{runId}/finish", new { });

        Assert.That(finish.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await StatusAsync(runId), Is.EqualTo("Finished"));
    }

    [Test]
    public async Task OwnerGroupOnlyActions_ChangedByAPlaybookMemberWhoIsNotAnAdmin_Answers403AndStaysOff()
    {
        using var member = await TeamMemberAsync();
        var playbookId = await CreatePlaybookAsync(Owner.Client, new()
        {
            ["members"] = new object[]
            {
                new { user_id = Owner.Id, roles = new[] { "playbook_member", "playbook_admin" } },
                new { user_id = member.Id, roles = new[] { "playbook_member" } },
            },
        });

        using var refused = await member.Client.PatchAsync($"{Root}/playbooks/{playbookId}", SuiteApi.Json(new { owner_group_only_actions = true }));
        using var editedOtherwise = await member.Client.PatchAsync($"{Root}/playbooks/{playbookId}", SuiteApi.Json(new { description = "Members may still edit" }));

        await ReadPluginErrorAsync(refused, HttpStatusCode.Forbidden);
        Assert.That(editedOtherwise.StatusCode, Is.EqualTo(HttpStatusCode.OK), await editedOtherwise.Content.ReadAsStringAsync());
        Assert.That((await GetAsync(Owner.Client, $"{Root}/playbooks/{playbookId}")).GetProperty("owner_group_only_actions").GetBoolean(), Is.False);
    }

    [Test]
    public async Task NewChannelOnlyOff_ARunLinksAnExistingChannel()
    {
        var channelId = await Owner.Client.CreateChannelAsync(TeamId);
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["new_channel_only"] = false });

        using var response = await Owner.Client.PostAsync($"{Root}/runs", SuiteApi.Json(new { name = "Linked", team_id = TeamId, playbook_id = playbookId, channel_id = channelId }));

        Assert.That((await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("channel_id").GetString(), Is.EqualTo(channelId));
    }

    [Test]
    public async Task NewChannelOnlyOn_LinkingAnExistingChannel_Answers400AndStartsNothing_WhileANewChannelRunStarts()
    {
        var channelId = await Owner.Client.CreateChannelAsync(TeamId);
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["new_channel_only"] = true });

        using var refused = await Owner.Client.PostAsync($"{Root}/runs", SuiteApi.Json(new { name = "Linked", team_id = TeamId, playbook_id = playbookId, channel_id = channelId }));
        var runsAfterRefusal = await GetAsync(Owner.Client, $"{Root}/runs?team_id={TeamId}&playbook_id={playbookId}");
        var started = await CreateRunAsync(Owner.Client, playbookId);

        Assert.That(await ReadPluginErrorAsync(refused, HttpStatusCode.BadRequest), Does.Contain("new channel"));
        Assert.That(runsAfterRefusal.GetProperty("total_count").GetInt32(), Is.Zero);
        Assert.That(started.GetProperty("channel_id").GetString(), Is.Not.EqualTo(channelId).And.Not.Empty);
    }

    [Test]
    public async Task NewChannelOnly_OnAPlaybookThatLinksAnExistingChannel_Answers400()
    {
        var channelId = await Owner.Client.CreateChannelAsync(TeamId);

        using var response = await Owner.Client.PostAsync($"{Root}/playbooks", SuiteApi.Json(new
        {
            title = "Contradiction",
            team_id = TeamId,
            @public = true,
            channel_mode = "link_existing_channel",
            channel_id = channelId,
            new_channel_only = true,
        }));

        Assert.That(await ReadPluginErrorAsync(response, HttpStatusCode.BadRequest), Does.Contain("new_channel_only"));
        Assert.That((await GetAsync(Owner.Client, $"{Root}/playbooks?team_id={TeamId}")).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("title").GetString()), Has.None.EqualTo("Contradiction"));
    }
}
