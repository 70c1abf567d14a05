using System.Net;
using Suite.Testing;

namespace Suite.Channels.Tests.Integrations;

/// <summary>A bot account posting through a personal access token, as Mattermost marks it.</summary>
public sealed class BotPostTests : IntegrationsFixture
{
    [Test]
    public async Task APostByABot_CarriesFromBot_AndAPersonsPostDoesNot()
    {
        var bot = await Admin.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/bots", new { username = SuiteApi.UniqueName("bot"), display_name = "Alert Bot" }, HttpStatusCode.Created);
        var botId = bot.GetProperty("user_id").GetString()!;
        await SuiteApi.AddToTeamAsync(Owner.Client, TeamId, botId);
        await Owner.Client.AddMemberAsync(ChannelId, botId);
        var token = (await Admin.Client.SendJsonAsync(HttpMethod.Post, $"/api/v4/users/{botId}/tokens", new { description = "alerts" }, HttpStatusCode.Created)).Str("token");
        using var asBot = Api.WithToken(token);

        var botPost = await asBot.SendJsonAsync(HttpMethod.Post, "/api/v4/posts", new { channel_id = ChannelId, message = "disk full", props = new { severity = "high" } }, HttpStatusCode.Created);
        var personPost = await Owner.Client.PostAsync(ChannelId, "on it");

        Assert.Multiple(() =>
        {
            Assert.That(botPost.Str("user_id"), Is.EqualTo(botId));
            Assert.That(botPost.GetProperty("props").Str("from_bot"), Is.EqualTo("true"));
            Assert.That(botPost.GetProperty("props").Str("severity"), Is.EqualTo("high"), "the bot's own props are kept");
            Assert.That(personPost.GetProperty("props").TryGetProperty("from_bot", out _), Is.False);
        });
        var stored = await Owner.Client.GetJsonAsync($"/api/v4/posts/{botPost.Id()}");
        Assert.That(stored.GetProperty("props").Str("from_bot"), Is.EqualTo("true"));
    }
}
