using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Suite.Platform.Storage;

/// <summary>
/// Runs a private PostgreSQL server from the machine's binaries in a data directory that survives
/// restarts, on a free loopback port. As root, PostgreSQL refuses to run, so the server runs as
/// the <c>postgres</c> OS user, which must own the data directory and reach it.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private const string SuperUser = "suite";
    private readonly ILogger _logger;

    /// <summary>Extra <c>name=value</c> server settings (for example a benchmark's <c>shared_preload_libraries</c>).</summary>
    private IReadOnlyList<string> _serverSettings = [];
    private bool _stopped;

    private EmbeddedPostgres(string dataDirectory, string binDirectory, int port, ILogger logger)
    {
        DataDirectory = dataDirectory;
        BinDirectory = binDirectory;
        Port = port;
        _logger = logger;
    }

    /// <summary>The cluster's data directory.</summary>
    public string DataDirectory { get; }

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; }

    /// <summary>The server's binaries directory, which also holds PostgreSQL's client programs (pgbench, psql).</summary>
    public string BinDirectory { get; }

    /// <summary>A connection string for <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
        Pooling = true,
        MaxPoolSize = 50,
        Timeout = 5,
    }.ConnectionString;

    /// <summary>Initialises the cluster when it is new, then starts the server (a fixed port reuses it after a restart).</summary>
    public static async Task<EmbeddedPostgres> StartAsync(
        string dataDirectory, ILogger logger, int? port = null, IReadOnlyList<string>? serverSettings = null, CancellationToken cancellationToken = default)
    {
        var bin = FindBinaries(PgConfigBinDirectory());
        var fullPath = Path.GetFullPath(dataDirectory);
        var server = new EmbeddedPostgres(fullPath, bin, port ?? FreeLoopbackPort(), logger) { _serverSettings = serverSettings ?? [] };
        await server.InitialiseAsync(cancellationToken);
        await server.StartServerAsync(cancellationToken);
        return server;
    }

    /// <summary>Starts the server again after <see cref="StopAsync"/>, on the same port.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await StopAsync(cancellationToken);
        _stopped = false;
        await StartServerAsync(cancellationToken);
    }

    /// <summary>Stops the server with a fast shutdown (active transactions roll back; committed data stays).</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await RunAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "stop"], cancellationToken, allowFailure: true);
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static bool RunningAsRoot => Environment.UserName == "root";

    private async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(DataDirectory);
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            return;
        }

        if (RunningAsRoot)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", DataDirectory], cancellationToken, useServerUser: false);
            await RunAsync("chmod", ["700", DataDirectory], cancellationToken, useServerUser: false);
        }

        _logger.LogInformation("Creating the embedded PostgreSQL cluster in {DataDirectory}", DataDirectory);
        await RunAsync("initdb", ["-D", DataDirectory, "-U", SuperUser, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], cancellationToken);
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        // A server left running by a killed host still holds the directory: stop it first.
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await RunAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "stop"], cancellationToken, allowFailure: true);
        }

        var options = $"-p {Port} -k {DataDirectory} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on"
            + string.Concat(_serverSettings.Select(setting => " -c " + setting));
        await RunAsync("pg_ctl", ["-D", DataDirectory, "-l", Path.Combine(DataDirectory, "server.log"), "-o", options, "-w", "-t", "60", "start"], cancellationToken);
        _logger.LogInformation("Embedded PostgreSQL listening on 127.0.0.1:{Port}", Port);
    }

    private async Task RunAsync(string tool, string[] arguments, CancellationToken cancellationToken, bool useServerUser = true, bool allowFailure = false)
    {
        var executable = tool is "chown" or "chmod" ? tool : Path.Combine(BinDirectory, tool);
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (useServerUser && RunningAsRoot)
        {
            start.FileName = "runuser";
            foreach (var argument in (string[])["-u", "postgres", "--", executable, .. arguments])
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = executable;
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 && !allowFailure)
        {
            throw new InvalidOperationException(
                $"{tool} failed with exit code {process.ExitCode}: {(await error).Trim()} {(await output).Trim()}".Trim() + LogTail());
        }
    }

    private string LogTail()
    {
        var log = Path.Combine(DataDirectory, "server.log");
        return File.Exists(log) ? Environment.NewLine + string.Join(Environment.NewLine, File.ReadLines(log).TakeLast(10)) : "";
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// The directory holding <c>initdb</c> and <c>pg_ctl</c>: the one <c>pg_config --bindir</c> names,
    /// else the newest version under <paramref name="packagesRoot"/> (Debian's <c>/usr/lib/postgresql/&lt;version&gt;/bin</c>).
    /// </summary>
    internal static string FindBinaries(string? pgConfigBinDirectory, string packagesRoot = "/usr/lib/postgresql")
    {
        var candidates = new List<string>();
        if (pgConfigBinDirectory is not null)
        {
            candidates.Add(pgConfigBinDirectory);
        }

        if (Directory.Exists(packagesRoot))
        {
            candidates.AddRange(Directory.GetDirectories(packagesRoot)
                .OrderByDescending(d => ParseVersion(Path.GetFileName(d)))
                .Select(d => Path.Combine(d, "bin")));
        }

        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException(
                $"PostgreSQL is not installed: no initdb and pg_ctl found (looked in pg_config --bindir and {packagesRoot}/*/bin). " +
                "Install it with 'apt-get install -y postgresql' (build/run.sh does this), or set ConnectionStrings:Suite to use an existing server.");
    }

    // Debian names the folders 15, 16, ... and formerly 9.6: compare as versions, not as text.
    private static Version ParseVersion(string name) =>
        Version.TryParse(name.Contains('.', StringComparison.Ordinal) ? name : name + ".0", out var version) ? version : new Version(0, 0);

    private static string? PgConfigBinDirectory()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pg_config", "--bindir") { RedirectStandardOutput = true, RedirectStandardError = true });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
