using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Suite.Testing;

/// <summary>
/// Suite.Host as its own operating-system process (the build's <c>Suite.Host.dll</c>, started with
/// <c>dotnet</c>), on a database a test chose: for what must hold across processes, where a second
/// host inside the test process would share its runtime.
/// </summary>
public sealed class SuiteHostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly string _directory;

    private SuiteHostProcess(Process process, string directory, Uri baseAddress)
    {
        _process = process;
        _directory = directory;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the process listens, for example <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    private string LogPath => Path.Combine(_directory, "host.log");

    /// <summary>
    /// Starts Suite.Host on <paramref name="connectionString"/> with the given modules and waits until it is ready;
    /// <paramref name="settings"/> are passed as command-line settings (for example <c>SUITE_LICENSE</c>).
    /// </summary>
    public static async Task<SuiteHostProcess> StartAsync(
        string connectionString, IEnumerable<string>? modules = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = Launch(connectionString, modules, settings);
        try
        {
            await host.WaitReadyAsync();
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts Suite.Host expecting it to refuse to start: its exit code and log once it has exited.</summary>
    public static async Task<(int ExitCode, string Log)> RunUntilExitAsync(
        string connectionString, IEnumerable<string>? modules = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        await using var host = Launch(connectionString, modules, settings);
        using var timeout = new CancellationTokenSource(StartTimeout);
        await host._process.WaitForExitAsync(timeout.Token);
        return (host._process.ExitCode, host.LogTail(200));
    }

    private static SuiteHostProcess Launch(string connectionString, IEnumerable<string>? modules, IReadOnlyDictionary<string, string?>? settings)
    {
        var hostDll = HostAssemblyPath();
        var directory = TestDirectories.Create("host");
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec dotnet \"$0\" \"$@\" >>\"$SUITE_HOST_LOG\" 2>&1");
        start.ArgumentList.Add(hostDll);
        foreach (var argument in new[]
        {
            "--urls=" + address.ToString().TrimEnd('/'),
            "--ConnectionStrings:Suite=" + connectionString,
            "--Suite:DataDirectory=" + Path.Combine(directory, "data"),
            "--Suite:Modules=" + string.Join(',', modules ?? SuiteTestServer.ProductModules),
            "--Logging:LogLevel:Default=Warning",
            "--Suite:RateLimits:LoginPerAccountPerMinute=100000",
            "--Suite:RateLimits:LoginPerAddressPerMinute=100000",
            "--Suite:Users:PasswordHashIterations=1000",
        }.Concat((settings ?? new Dictionary<string, string?>()).Select(s => $"--{s.Key}={s.Value}")))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["SUITE_HOST_LOG"] = Path.Combine(directory, "host.log");
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start Suite.Host.");
        return new SuiteHostProcess(process, directory, address);
    }

    /// <summary>A client sending <c>Authorization: Bearer token</c> to this process; the caller disposes it.</summary>
    public HttpClient WithToken(string token)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The operating system's id of the process.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Ends the process at once, as <c>kill -9</c> does, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>The end of the host's log, for failure messages.</summary>
    public string LogTail(int lines = 40) =>
        File.Exists(LogPath) ? string.Join(Environment.NewLine, File.ReadLines(LogPath).TakeLast(lines)) : "(no log)";

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(StopTimeout);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        TestDirectories.Delete(_directory);
    }

    private async Task WaitReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Suite.Host exited with code {_process.ExitCode} while starting:{Environment.NewLine}{LogTail()}");
            }

            try
            {
                using var response = await client.GetAsync("/readyz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }

            if (clock.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"Suite.Host was not ready within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{LogTail()}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>The Suite.Host build of the same configuration, beside this test project's own output (<c>artifacts/bin/&lt;project&gt;/&lt;configuration&gt;/</c>).</summary>
    private static string HostAssemblyPath()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(output.Parent!.Parent!.FullName, "Suite.Host", output.Name, "Suite.Host.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Suite.Host is not built at {path}; build the solution first (build/test.sh does).", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
