using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Suite.Testing;

namespace Suite.Channels.Tests.Integrations;

/// <summary><c>/echo "message" [delay]</c> as Mattermost's, on a host whose clock moves only when the test says.</summary>
public sealed class EchoCommandTests : IntegrationsFixture
{
    private readonly FakeTimeProvider _clock = TestClock.StartingNow();

    protected override void Configure(WebApplicationBuilder builder) => builder.Services.AddSingleton<TimeProvider>(_clock);

    private async Task<JsonElement> EchoAsync(string text, string? channelId = null) =>
        await Owner.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/commands/execute", new { command = "/echo " + text, channel_id = channelId ?? ChannelId, team_id = TeamId }, HttpStatusCode.OK);

    private static string Unique(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..8];

    private async Task<bool> PostedAsync(string channelId, string message) =>
        (await PostsAsync(channelId)).Any(p => p.Str("message").Contains(message, StringComparison.Ordinal));

    [Test]
    public async Task QuotedMessageWithADelay_PostsOnlyTheMessage_OnceTheDelayHasPassed()
    {
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        var text = Unique("later");

        var response = await EchoAsync($"\"{text}\" 5", channel);

        Assert.That(response.Str("text"), Is.Empty);
        Assert.That(response.Str("response_type"), Is.Not.EqualTo("in_channel"));
        _clock.Advance(TimeSpan.FromSeconds(4));
        Assert.That(await PostedAsync(channel, text), Is.False, "nothing is posted before the delay");

        _clock.Advance(TimeSpan.FromSeconds(1));

        var post = await WaitForPostAsync(channel, p => p.Str("message").Contains(text, StringComparison.Ordinal));
        Assert.That(post.Str("message"), Is.EqualTo(text), "the quotes and the delay are not part of the message");
        Assert.That(post.Str("user_id"), Is.EqualTo(Owner.Id));
    }

    [Test]
    public async Task UnquotedMessageEndingWithANumber_TakesTheNumberAsTheDelay()
    {
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        var text = Unique("unquoted");

        await EchoAsync($"{text} 3", channel);
        Assert.That(await PostedAsync(channel, text), Is.False);
        _clock.Advance(TimeSpan.FromSeconds(3));

        var post = await WaitForPostAsync(channel, p => p.Str("message").Contains(text, StringComparison.Ordinal));
        Assert.That(post.Str("message"), Is.EqualTo(text));
    }

    [Test]
    public async Task QuotedMessageWithoutADelay_IsPostedAtOnce_WithoutItsQuotes_AsTyped()
    {
        var text = Unique("now <http://example.com|link>");

        var response = await EchoAsync($"\"{text}\"");

        Assert.That(response.Str("response_type"), Is.EqualTo("in_channel"));
        var post = await WaitForPostAsync(ChannelId, p => p.Str("message").Contains(text[..20], StringComparison.Ordinal));
        Assert.That(post.Str("message"), Is.EqualTo(text), "Mattermost's /echo posts the text as typed, Slack markup included");
    }

    [Test]
    public async Task ADelayOverTenThousandSeconds_IsRefusedToTheInvoker_AndNothingIsPosted()
    {
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        var text = Unique("too late");

        var response = await EchoAsync($"\"{text}\" 10001", channel);

        Assert.That(response.Str("response_type"), Is.EqualTo("ephemeral"));
        Assert.That(response.Str("text"), Does.Contain("under 10000 seconds"));
        _clock.Advance(TimeSpan.FromSeconds(10_001));
        var marker = Unique("marker");
        await EchoAsync(marker, channel);
        await WaitForPostAsync(channel, p => p.Str("message") == marker);
        Assert.That(await PostedAsync(channel, text), Is.False);
    }

    [Test]
    public async Task ADelayedEcho_BySomeoneWhoLeftTheChannelMeanwhile_IsNotPosted()
    {
        using var member = await TeamMemberAsync();
        var channel = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        await Owner.Client.AddMemberAsync(channel, member.Id);
        var text = Unique("gone");
        await member.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/commands/execute", new { command = $"/echo \"{text}\" 2", channel_id = channel }, HttpStatusCode.OK);
        await member.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{channel}/members/{member.Id}", null);

        _clock.Advance(TimeSpan.FromSeconds(2));
        var marker = Unique("marker");
        await EchoAsync($"\"{marker}\" 1", channel);
        _clock.Advance(TimeSpan.FromSeconds(1));

        await WaitForPostAsync(channel, p => p.Str("message") == marker);
        Assert.That(await PostedAsync(channel, text), Is.False);
    }
}
