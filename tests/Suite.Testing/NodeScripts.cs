using System.Diagnostics;
using NUnit.Framework;

namespace Suite.Testing;

/// <summary>Runs a Node script of one of the repository's JavaScript client folders (build/test.sh installs their packages with npm ci).</summary>
public static class NodeScripts
{
    /// <summary>
    /// Runs <c>node script arguments…</c> in <c>tests/{folder}</c> and answers its exit code, output and errors; a
    /// script still running after <paramref name="timeout"/> is killed and the test fails.
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string folder, string requiredPackage, string script, TimeSpan timeout, params string[] arguments)
    {
        var directory = Path.Combine(RepositoryRoot(), "tests", folder);
        Assert.That(Path.Combine(directory, "node_modules", requiredPackage), Does.Exist,
            $"run build/test.sh (it installs {requiredPackage} with npm ci)");
        var start = new ProcessStartInfo("node") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{script} did not finish within {timeout.TotalSeconds} s: {await error}");
        }

        return (process.ExitCode, (await output).Trim(), (await error).Trim());
    }

    /// <summary>The checkout's root: the folder holding Suite.sln above the test binaries.</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Suite.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Suite.sln not found above the test folder.");
    }
}
