using System.Diagnostics;
using System.Text.Json;

namespace Suite.Channels.Tests.Compatibility;

/// <summary>
/// Mattermost's own data layer, <c>mattermost-redux</c> (installed by build/test.sh into
/// tests/client-compat), runs the web app's start-up sequence and a chat session against Suite
/// unmodified, on its own Redux store, and no action fails or logs an error.
/// </summary>
public sealed class MattermostReduxTests : ChannelsFixture
{
    [Test]
    public async Task MattermostRedux_StartsUpAndChatsWithoutAnError()
    {
        var (exitCode, output, error) = await RunNodeAsync("redux-startup.mjs", Server.BaseAddress.ToString().TrimEnd('/'));

        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(l => l.StartsWith('{'));
        Assert.That(line, Is.Not.Null, $"the script printed no result: {error}\n{output}");
        using var seen = JsonDocument.Parse(line!);
        var root = seen.RootElement;
        var pending = Strings(root, "pendingFailed");
        if (pending.Count > 0)
        {
            TestContext.Out.WriteLine("Not served yet (reported, not required): " + string.Join(", ", pending));
        }

        Assert.That(Strings(root, "failed"), Is.Empty, $"failed steps: {root.GetProperty("steps")}\nlogged: {root.GetProperty("logged")}\n{error}");
        Assert.That(exitCode, Is.Zero, error);
        var rootId = root.GetProperty("rootId").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("replyRootId").GetString(), Is.EqualTo(rootId));
            Assert.That(Strings(root, "searchOrder"), Does.Contain(rootId));
            Assert.That(Strings(root, "threadIds"), Does.Contain(rootId));
            Assert.That(Strings(root, "autocompleted"), Does.Contain(root.GetProperty("teammate").GetString()));
            Assert.That(Strings(root, "categoryTypes"), Does.Contain("favorites").And.Contain("channels").And.Contain("direct_messages").And.Contain("custom"));
            Assert.That(root.GetProperty("logged").GetArrayLength(), Is.Zero, root.GetProperty("logged").ToString());
        });
    }

    private static List<string?> Strings(JsonElement root, string property) => root.GetProperty(property).EnumerateArray().Select(e => e.GetString()).ToList();

    private static async Task<(int ExitCode, string Output, string Error)> RunNodeAsync(string script, params string[] arguments)
    {
        var directory = Path.Combine(RepositoryRoot(), "tests", "client-compat");
        Assert.That(Path.Combine(directory, "node_modules", "mattermost-redux"), Does.Exist, "run build/test.sh (it installs the client packages with npm ci)");
        var start = new ProcessStartInfo("node") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await output).Trim(), (await error).Trim());
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Suite.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Suite.sln not found above the test folder.");
    }
}
