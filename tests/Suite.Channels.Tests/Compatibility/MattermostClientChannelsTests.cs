using System.Text.Json;
using Suite.Testing;

namespace Suite.Channels.Tests.Compatibility;

/// <summary>
/// Mattermost's own JavaScript client (<c>@mattermost/client</c>, installed by build/test.sh into
/// tests/client-compat) works Channels unmodified: <c>Client4</c> for the REST calls and
/// <c>WebSocketClient</c> (on the <c>ws</c> package, as Node 20 has no WebSocket) for the events.
/// </summary>
public sealed class MattermostClientChannelsTests : ChannelsFixture
{
    [Test]
    public async Task Client4AndWebSocketClient_PostReplyReactSearchUploadAttachAndReceiveTheEvents()
    {
        var (exitCode, output, error) = await NodeScripts.RunAsync("client-compat", "ws", "channels.mjs", TimeSpan.FromSeconds(60), Server.BaseAddress.ToString().TrimEnd('/'));

        Assert.That(exitCode, Is.Zero, $"the client failed: {error}\n{output}");
        using var seen = JsonDocument.Parse(ResultLine(output));
        var root = seen.RootElement;
        var rootId = root.GetProperty("rootId").GetString();
        var fileId = root.GetProperty("fileId").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("replyRootId").GetString(), Is.EqualTo(rootId));
            Assert.That(root.GetProperty("reactionEmoji").GetString(), Is.EqualTo("tada"));
            Assert.That(Strings(root, "uploadClientIds").Single(), Does.StartWith("client-"));
            Assert.That(root.GetProperty("uploadedName").GetString(), Is.EqualTo("report.txt"));
            Assert.That(Strings(root, "postFileIds"), Is.EqualTo(new[] { fileId }));
            Assert.That(Strings(root, "postFileInfoIds"), Is.EqualTo(new[] { fileId }));
            Assert.That(root.GetProperty("downloadStatus").GetInt32(), Is.EqualTo(200));
            Assert.That(root.GetProperty("downloadText").GetString(), Does.StartWith("report for "));
            Assert.That(Strings(root, "searchOrder"), Is.EqualTo(new[] { rootId }));
            Assert.That(Strings(root, "searchMatches"), Has.Count.EqualTo(1));
            Assert.That(Strings(root, "phraseOrder"), Is.EqualTo(new[] { rootId }));
            Assert.That(root.GetProperty("postedChannelType").GetString(), Is.EqualTo("O"));
            Assert.That(root.GetProperty("postedChannelId").GetString(), Is.EqualTo(root.GetProperty("channelId").GetString()));
            Assert.That(Strings(root, "postedFileIds"), Is.EqualTo(new[] { fileId }));
            Assert.That(root.GetProperty("reactionEvent").GetString(), Is.EqualTo("tada"));
            Assert.That(root.GetProperty("createdEventTeamId").GetString(), Is.Not.Empty);
            Assert.That(root.GetProperty("postedReplyRootId").GetString(), Is.EqualTo(rootId));
            Assert.That(root.GetProperty("editedMessage").GetString(), Is.EqualTo("thanks, all green"));
            Assert.That(root.GetProperty("editedEventMessage").GetString(), Is.EqualTo("thanks, all green"));
            Assert.That(root.GetProperty("editedEventEditAt").GetInt64(), Is.GreaterThan(0));
            Assert.That(root.GetProperty("reactionRemovedEvent").GetString(), Is.EqualTo("tada"));
            var sequence = root.GetProperty("sequence").EnumerateArray().Select(s => s.GetInt64()).ToList();
            Assert.That(sequence, Is.EqualTo(Enumerable.Range(0, sequence.Count).Select(i => (long)i)), "seq counts from 0 without gaps");
        });
    }

    private static List<string?> Strings(JsonElement root, string property) => root.GetProperty(property).EnumerateArray().Select(e => e.GetString()).ToList();

    // The WebSocket client logs its connecting and closing on stdout too; the script's result is its one JSON line.
    private static string ResultLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last(line => line.StartsWith('{'));


}
