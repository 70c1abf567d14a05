using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Suite.Testing;

namespace Suite.Channels.Tests.Integrations;

/// <summary>
/// A Suite host on a fresh database with username and icon overrides allowed, a team owned by
/// <see cref="Owner"/> (its team admin), a public channel <see cref="ChannelId"/> and helpers for webhooks.
/// </summary>
public abstract class IntegrationsFixture : TeamFixture
{
    protected const int PostsPerHookPerMinute = 25;

    protected string ChannelId { get; private set; } = "";

    protected override IReadOnlyDictionary<string, string?> ServerSettings => new Dictionary<string, string?>
    {
        ["Suite:Integrations:EnablePostUsernameOverride"] = "true",
        ["Suite:Integrations:EnablePostIconOverride"] = "true",
        ["Suite:Integrations:IncomingWebhookPostsPerMinute"] = PostsPerHookPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Suite:OutboundHttp:RetryDelay"] = "00:00:00.010",
        ["Suite:Integrations:OutgoingWebhookRetryDelay"] = "00:00:00.050",
    };

    protected override async Task StartedAsync() => ChannelId = (await Owner.Client.CreateChannelAsync(TeamId)).Id();

    protected async Task<JsonElement> CreateIncomingHookAsync(string? channelId = null, bool locked = false, string username = "", string displayName = "Alerts") =>
        await Owner.Client.SendJsonAsync(
            HttpMethod.Post,
            "/api/v4/hooks/incoming",
            new { channel_id = channelId ?? ChannelId, display_name = displayName, description = "from tests", username, icon_url = "", channel_locked = locked },
            HttpStatusCode.Created);

    protected Uri HookUrl(string hookId) => new(Server.BaseAddress, $"/hooks/{hookId}");

    /// <summary>The newest posts of a channel (newest first), as Mattermost returns them.</summary>
    protected async Task<List<JsonElement>> PostsAsync(string channelId, HttpClient? client = null)
    {
        var list = await (client ?? Owner.Client).GetJsonAsync($"/api/v4/channels/{channelId}/posts?per_page=50");
        return list.GetProperty("order").EnumerateArray().Select(id => list.GetProperty("posts").GetProperty(id.GetString()!)).ToList();
    }

    /// <summary>Waits until a post matching <paramref name="match"/> appears in the channel.</summary>
    protected async Task<JsonElement> WaitForPostAsync(string channelId, Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var found = (await PostsAsync(channelId)).Where(match).ToList();
            if (found.Count > 0)
            {
                return found[0];
            }

            if (deadline.Elapsed > (timeout ?? TimeSpan.FromSeconds(20)))
            {
                Assert.Fail("The expected post did not appear in time.");
            }

            await Task.Delay(100);
        }
    }

    protected static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

}
