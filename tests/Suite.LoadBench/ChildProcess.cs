using System.Diagnostics;
using System.Globalization;

namespace Suite.LoadBench;

/// <summary>
/// A server run as a separate process, its output appended to a log file. Stopping asks it with
/// SIGTERM, then kills it (and anything it started) if it has not exited in time.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ChildProcess(string name, Process process, string logPath)
    {
        Name = name;
        _process = process;
        LogPath = logPath;
    }

    public string Name { get; }

    public int Id => _process.Id;

    public string LogPath { get; }

    public bool HasExited => _process.HasExited;

    public static ChildProcess Start(string name, string executable, IEnumerable<string> arguments, string logPath, IDictionary<string, string>? environment = null)
    {
        // exec keeps the shell's pid, so the pid we hold is the server's own (its /proc status is read).
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" \"$@\" >>\"$LOADBENCH_LOG\" 2>&1");
        start.ArgumentList.Add(executable);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LOADBENCH_LOG"] = logPath;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}.");
        // For the script, to stop what is left if this process is killed before it stops its children.
        File.WriteAllText(Path.ChangeExtension(logPath, ".pid"), process.Id.ToString(CultureInfo.InvariantCulture));
        return new ChildProcess(name, process, logPath);
    }

    /// <summary>Polls <paramref name="readyUrl"/> until it answers 2xx; fails early if the process exits.</summary>
    public async Task WaitReadyAsync(Uri readyUrl, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} during start-up:{Environment.NewLine}{LogTail()}");
            }

            try
            {
                using var response = await client.GetAsync(readyUrl, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"{Name} did not answer {readyUrl} within {timeout.TotalSeconds} s:{Environment.NewLine}{LogTail()}");
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    /// <summary>The resident set of the process, from <c>/proc/&lt;pid&gt;/status</c>: (VmRSS, RssAnon) in KiB.</summary>
    public (long Rss, long RssAnon) Memory()
    {
        long rss = 0, anon = 0;
        foreach (var line in File.ReadLines($"/proc/{Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = ParseKiB(line);
            }
            else if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
            {
                anon = ParseKiB(line);
            }
        }

        return (rss, anon);
    }

    /// <summary>User plus system CPU time the process has used so far (from <c>/proc/&lt;pid&gt;/stat</c>, USER_HZ = 100).</summary>
    public TimeSpan CpuTime() => CpuTime(Id);

    /// <summary>CPU time of PostgreSQL's backends now connected to <paramref name="database"/> (backends set their title to "postgres: user database ...").</summary>
    public static TimeSpan PostgresCpuTime(string database)
    {
        var total = TimeSpan.Zero;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var title = File.ReadAllText(Path.Combine(directory, "cmdline"));
                if (title.StartsWith("postgres: ", StringComparison.Ordinal) && title.Split(' ') is [_, _, var name, ..] && name == database)
                {
                    total += CpuTime(pid);
                }
            }
            catch (IOException)
            {
                // The process ended meanwhile.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return total;
    }

    private static TimeSpan CpuTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after the command name, which is in parentheses and may hold spaces: state is the first, utime the 12th.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    public string LogTail(int lines = 30) =>
        File.Exists(LogPath) ? string.Join(Environment.NewLine, File.ReadLines(LogPath).TakeLast(lines)) : "(no output)";

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                using (var term = Process.Start("kill", ["-TERM", Id.ToString(CultureInfo.InvariantCulture)]))
                {
                    await term.WaitForExitAsync();
                }

                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    await _process.WaitForExitAsync(grace.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync();
                }
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static long ParseKiB(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
