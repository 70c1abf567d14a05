using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace Suite.Channels.Tests.Notifications;

/// <summary>A message the <see cref="SmtpReceiver"/> accepted, its subject and body decoded.</summary>
public sealed record ReceivedEmail(string From, IReadOnlyList<string> To, string Subject, string Body);

/// <summary>
/// A small SMTP server on a loopback port, speaking enough of the protocol for the framework's
/// SmtpClient (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT). While <see cref="Reject"/> is set it
/// refuses every message with 554.
/// </summary>
public sealed partial class SmtpReceiver : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Channel<ReceivedEmail> _received = Channel.CreateUnbounded<ReceivedEmail>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public SmtpReceiver()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    private volatile bool _reject;

    public bool Reject
    {
        get => _reject;
        set => _reject = value;
    }

    /// <summary>The next email, failing the test when none comes within 10 seconds.</summary>
    public async Task<ReceivedEmail> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            return await _received.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail("No email arrived in time.");
            throw;
        }
    }

    /// <summary>Emails until the first one to <paramref name="marker"/> (which the test sends after the ones it expects not to arrive).</summary>
    public async Task<List<ReceivedEmail>> UntilEmailToAsync(string marker)
    {
        var before = new List<ReceivedEmail>();
        while (true)
        {
            var email = await NextAsync();
            if (email.To.Contains(marker))
            {
                return before;
            }

            before.Add(email);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = ServeAsync(client).ContinueWith(
                t => _received.Writer.TryWrite(new ReceivedEmail("", [], "(the test SMTP server failed)", t.Exception!.ToString())),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted,
                TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost test SMTP");
            var from = "";
            var to = new List<string>();
            while (await reader.ReadLineAsync() is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                    case "HELO":
                        await writer.WriteLineAsync("250 localhost");
                        break;
                    case "MAIL":
                        from = Address(line);
                        to.Clear();
                        await writer.WriteLineAsync(Reject ? "554 rejected by the test" : "250 OK");
                        break;
                    case "RCPT":
                        to.Add(Address(line));
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 go ahead");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                        {
                            data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                        }

                        await writer.WriteLineAsync("250 queued");
                        await _received.Writer.WriteAsync(Parse(from, [.. to], data.ToString()));
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    case "RSET":
                    case "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    default:
                        await writer.WriteLineAsync("500 unknown command");
                        break;
                }
            }
        }
    }

    private static string Address(string line) => AddressPattern().Match(line).Groups[1].Value;

    private static ReceivedEmail Parse(string from, IReadOnlyList<string> to, string data)
    {
        var split = data.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = UnfoldedHeaders(data[..split]);
        var body = data[(split + 4)..];
        body = headers.GetValueOrDefault("content-transfer-encoding", "").ToLowerInvariant() switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", "", StringComparison.Ordinal))),
            "quoted-printable" => QuotedPrintable(body),
            _ => body,
        };
        return new ReceivedEmail(from, to, EncodedWords(headers.GetValueOrDefault("subject", "")), body.TrimEnd());
    }

    private static Dictionary<string, string> UnfoldedHeaders(string block)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var unfolded = Regex.Replace(block, "\r\n[ \t]+", " ");
        foreach (var line in unfolded.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return headers;
    }

    private static string QuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        var joined = text.Replace("=\r\n", "", StringComparison.Ordinal);
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length)
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static string EncodedWords(string header) =>
        EncodedWordPattern().Replace(header, match => string.Equals(match.Groups[1].Value, "B", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(match.Groups[2].Value))
            : QuotedPrintable(match.Groups[2].Value.Replace('_', ' '))).Replace("?= =?", "", StringComparison.Ordinal);

    [GeneratedRegex("<([^>]*)>")]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"=\?utf-8\?([BbQq])\?([^?]*)\?=\s*", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWordPattern();
}
