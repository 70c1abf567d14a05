using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>The permalink in the bot's "Original Post" quote (<c>/_redirect/pl/{post_id}</c>, Mattermost's post redirector) and <c>/{team}/pl/{post_id}</c> lead to the post.</summary>
public sealed class PostPermalinkTests : PlaybooksFixture
{
    private HttpClient NotFollowing(string? token)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Server.BaseAddress };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    private static string Message(JsonElement post) => post.GetProperty("message").GetString()!;

    [Test]
    public async Task TheQuotesPermalink_RedirectsAReaderToThePostInItsChannel()
    {
        var channelId = await Owner.Client.CreateChannelAsync(TeamId);
        var channel = await GetAsync(Owner.Client, $"/api/v4/channels/{channelId}");
        var team = await GetAsync(Owner.Client, $"/api/v4/teams/{TeamId}");
        var postId = await Owner.Client.PostAsync(channelId, "Disk full on db-3");
        using var started = await Owner.Client.PostAsync($"{Root}/runs", SuiteApi.Json(new { name = "Disk", team_id = TeamId, playbook_id = await CreatePlaybookAsync(Owner.Client), post_id = postId }));
        var run = await started.ReadJsonAsync(HttpStatusCode.Created);
        var quote = Message((await ChannelPostsAsync(Owner.Client, run.GetProperty("channel_id").GetString()!)).Single(p => Message(p).StartsWith("[Original Post]", StringComparison.Ordinal)));
        var link = quote[(quote.IndexOf('(', StringComparison.Ordinal) + 1)..quote.IndexOf(')', StringComparison.Ordinal)];
        using var client = NotFollowing(Owner.Token);

        using var redirect = await client.GetAsync(link);
        using var teamLink = await client.GetAsync($"/{team.GetProperty("name").GetString()}/pl/{postId}");

        var expected = $"/{team.GetProperty("name").GetString()}/channels/{channel.GetProperty("name").GetString()}?post={postId}";
        Assert.That(redirect.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(redirect.Headers.Location?.OriginalString, Is.EqualTo(expected));
        Assert.That(teamLink.Headers.Location?.OriginalString, Is.EqualTo(expected));
    }

    [Test]
    public async Task ThePermalink_SendsSomeoneSignedOutToSignIn_AndAnswers404ToWhoeverMayNotReadThePost()
    {
        var channelId = await Owner.Client.CreateChannelAsync(TeamId, type: "P");
        var postId = await Owner.Client.PostAsync(channelId, "Private matter");
        using var member = await TeamMemberAsync();
        using var signedOut = NotFollowing(token: null);
        using var stranger = NotFollowing(member.Token);

        using var toSignIn = await signedOut.GetAsync($"/_redirect/pl/{postId}");
        using var hidden = await stranger.GetAsync($"/_redirect/pl/{postId}");
        using var missing = await stranger.GetAsync($"/_redirect/pl/{new string('a', 26)}");

        Assert.That(toSignIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(toSignIn.Headers.Location?.OriginalString, Is.EqualTo($"/login?return={Uri.EscapeDataString($"/_redirect/pl/{postId}")}"));
        Assert.That(hidden.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
