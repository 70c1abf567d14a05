using System.Diagnostics;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Platform.Tests.Compatibility;

/// <summary>
/// Mattermost's own JavaScript client (<c>@mattermost/client</c>, installed by build/test.sh into
/// tests/client-compat) drives a real Suite server, unmodified.
/// </summary>
public sealed class MattermostClientTests
{
    private SuiteTestServer _server = null!;

    [OneTimeSetUp]
    public async Task StartHost() => _server = await SuiteTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopHost() => await _server.DisposeAsync();

    [Test]
    public async Task Client4_SignsUpLogsInReadsMeCreatesAndListsATeam()
    {
        var (exitCode, output, error) = await RunNodeAsync("smoke.mjs", _server.BaseAddress.ToString().TrimEnd('/'));

        Assert.That(exitCode, Is.Zero, $"the client failed: {error}");
        using var seen = JsonDocument.Parse(output);
        var root = seen.RootElement;
        var userId = root.GetProperty("createdId").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(userId, Has.Length.EqualTo(26));
            Assert.That(root.GetProperty("loggedInId").GetString(), Is.EqualTo(userId));
            Assert.That(root.GetProperty("meId").GetString(), Is.EqualTo(userId));
            Assert.That(root.GetProperty("tokenSet").GetBoolean(), Is.True, "Client4 takes its token from the Token header");
            Assert.That(root.GetProperty("myTeamIds").EnumerateArray().Select(t => t.GetString()), Does.Contain(root.GetProperty("teamId").GetString()));
            Assert.That(root.GetProperty("byNameId").GetString(), Is.EqualTo(root.GetProperty("teamId").GetString()));
        });
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunNodeAsync(string script, params string[] arguments)
    {
        var directory = Path.Combine(RepositoryRoot(), "tests", "client-compat");
        Assert.That(Path.Combine(directory, "node_modules", "@mattermost", "client"), Does.Exist,
            "run build/test.sh (it installs @mattermost/client with npm ci)");
        var start = new ProcessStartInfo("node") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
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
