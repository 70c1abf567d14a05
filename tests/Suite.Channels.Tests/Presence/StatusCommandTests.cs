using System.Net;
using Suite.Channels.Tests.Integrations;

using Suite.Testing;

namespace Suite.Channels.Tests.Presence;

/// <summary>The status slash commands and who hears of status changes through direct and group channels.</summary>
public sealed class StatusCommandTests : IntegrationsFixture
{
    [TestCase("/online", "online")]
    [TestCase("/away", "away")]
    [TestCase("/offline", "offline")]
    [TestCase("/dnd", "dnd")]
    public async Task StatusCommand_SetsAManualStatus_AndAnswersOnlyTheUser(string command, string status)
    {
        using var user = await TeamMemberAsync();
        await user.Client.AddMemberAsync(ChannelId, user.Id);

        var response = await user.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/commands/execute", new { command, channel_id = ChannelId, team_id = TeamId });

        var stored = await user.Client.GetJsonAsync($"/api/v4/users/{user.Id}/status");
        Assert.Multiple(() =>
        {
            Assert.That(response.Str("response_type"), Is.EqualTo("ephemeral"));
            Assert.That(response.Str("text"), Is.Not.Empty);
            Assert.That(stored.Str("status"), Is.EqualTo(status));
            Assert.That(stored.GetProperty("manual").GetBoolean(), Is.True);
        });
    }

    [Test]
    public async Task StatusChange_ReachesDirectMessagePartners_AndNotStrangers()
    {
        using var alice = await Api.SignUpAndLoginAsync();
        using var partner = await Api.SignUpAndLoginAsync();
        using var stranger = await Api.SignUpAndLoginAsync();
        await alice.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/direct", new[] { alice.Id, partner.Id }, HttpStatusCode.Created);

        // Manual statuses first, so that connecting announces nothing.
        await SetStatusAsync(partner, "online");
        await SetStatusAsync(stranger, "away");
        await using var partnerEvents = await EventClient.ConnectAsync(Server.BaseAddress, partner.Token);
        await using var strangerEvents = await EventClient.ConnectAsync(Server.BaseAddress, stranger.Token);

        await SetStatusAsync(alice, "dnd");
        await SetStatusAsync(stranger, "offline");

        var seenByPartner = (await partnerEvents.NextAsync("status_change")).GetProperty("data");
        var seenByStranger = (await strangerEvents.NextAsync("status_change")).GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(seenByPartner.Str("user_id"), Is.EqualTo(alice.Id));
            Assert.That(seenByPartner.Str("status"), Is.EqualTo("dnd"));
            Assert.That(seenByStranger.Str("user_id"), Is.EqualTo(stranger.Id), "the stranger's first status_change is its own");
        });
    }

    private static async Task SetStatusAsync(Suite.Testing.SignedInUser user, string status) =>
        await user.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/users/{user.Id}/status", new { user_id = user.Id, status });
}
