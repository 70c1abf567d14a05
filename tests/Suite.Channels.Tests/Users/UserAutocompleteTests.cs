using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Channels.Tests.Users;

/// <summary>Mattermost's user autocomplete (in a channel, in a team) and known users, which depend on channel membership.</summary>
public sealed class UserAutocompleteTests : ChannelsFixture
{
    private static List<string> Names(JsonElement list) => list.EnumerateArray().Select(u => u.Str("username")).ToList();

    [Test]
    public async Task Autocomplete_InAChannel_SplitsItsMembersFromTheTeamsOthers()
    {
        using var me = await TeamMemberAsync();
        using var inside = await TeamMemberAsync();
        using var outside = await TeamMemberAsync();
        using var stranger = await OutsiderAsync();
        var channel = await me.Client.CreateChannelAsync(TeamId);
        await me.Client.AddMemberAsync(channel.Id(), inside.Id);

        var all = await me.Client.GetJsonAsync($"/api/v4/users/autocomplete?in_team={TeamId}&in_channel={channel.Id()}&name=");
        var byPrefix = await me.Client.GetJsonAsync($"/api/v4/users/autocomplete?in_channel={channel.Id()}&name=@{inside.User.Username[..6].ToUpperInvariant()}");

        Assert.Multiple(() =>
        {
            Assert.That(Names(all.GetProperty("users")), Does.Contain(me.User.Username).And.Contain(inside.User.Username).And.Not.Contain(outside.User.Username));
            Assert.That(Names(all.GetProperty("out_of_channel")), Does.Contain(outside.User.Username).And.Not.Contain(inside.User.Username).And.Not.Contain(stranger.User.Username));
            Assert.That(Names(byPrefix.GetProperty("users")), Does.Contain(inside.User.Username));
        });

        var inTeam = await me.Client.GetJsonAsync($"/api/v4/users/autocomplete?in_team={TeamId}&name={outside.User.Username}");
        Assert.That(Names(inTeam.GetProperty("users")), Is.EqualTo(new[] { outside.User.Username }));
        Assert.That(inTeam.TryGetProperty("out_of_channel", out _), Is.False);
    }

    [Test]
    public async Task Autocomplete_RefusesWhoMayNotSeeTheTeamOrChannelAndBadInput()
    {
        using var me = await TeamMemberAsync();
        using var stranger = await OutsiderAsync();
        var secret = await me.Client.CreateChannelAsync(TeamId, type: "P");

        await stranger.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/users/autocomplete?in_team={TeamId}&name=a", null, HttpStatusCode.Forbidden);
        await stranger.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/users/autocomplete?in_channel={secret.Id()}&name=a", null, HttpStatusCode.NotFound);
        await me.Client.SendErrorAsync(HttpMethod.Get, "/api/v4/users/autocomplete?name=a", null, HttpStatusCode.BadRequest);
        await me.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/users/autocomplete?in_team={TeamId}&limit=1000", null, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task KnownUsers_AreThoseWhoShareAChannel()
    {
        using var me = await TeamMemberAsync();
        using var colleague = await TeamMemberAsync();
        using var stranger = await OutsiderAsync();
        var dm = await me.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/direct", new[] { me.Id, colleague.Id }, HttpStatusCode.Created);
        Assert.That(dm.Id(), Is.Not.Empty);

        var known = (await me.Client.GetJsonAsync("/api/v4/users/known")).EnumerateArray().Select(e => e.GetString()).ToList();

        Assert.That(known, Does.Contain(colleague.Id).And.Not.Contain(stranger.Id).And.Not.Contain(me.Id));
        Assert.That((await stranger.Client.GetJsonAsync("/api/v4/users/known")).GetArrayLength(), Is.Zero);
    }
}
