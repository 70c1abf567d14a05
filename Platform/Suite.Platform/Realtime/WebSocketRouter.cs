using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Identity.Sessions;
using Suite.Platform.Presence;
using Suite.Platform.SystemStatus;

namespace Suite.Platform.Realtime;

/// <summary>
/// Runs a WebSocket connection with Mattermost's protocol: authentication (at the upgrade or by
/// <c>authentication_challenge</c>), <c>hello</c>, replies with <c>seq_reply</c>, <c>ping</c>, and the
/// actions modules register as <see cref="IWebSocketActionHandler"/>.
/// </summary>
internal sealed class WebSocketRouter
{
    public const string AuthenticationChallenge = "authentication_challenge";
    public const string Ping = "ping";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = ApiJson.Options.Encoder };

    private readonly FrozenDictionary<string, IWebSocketActionHandler> _handlers;
    private readonly ISessionStore _sessions;
    private readonly CurrentUser _currentUser;
    private readonly ConnectionRegistry _registry;
    private readonly ConnectionPresence _presence;
    private readonly TimeProvider _time;
    private readonly RealtimeOptions _options;
    private readonly ILogger<WebSocketRouter> _logger;
    private readonly CancellationToken _stopping;
    private readonly Func<WebSocketConnection, ReadOnlyMemory<byte>, Task> _handleMessage;

    // Connections not yet authenticated, so stopping reaches them too; the registry holds the others.
    private readonly ConcurrentDictionary<WebSocketConnection, byte> _unauthenticated = new();

    public WebSocketRouter(
        IEnumerable<IWebSocketActionHandler> handlers,
        ISessionStore sessions,
        CurrentUser currentUser,
        ConnectionRegistry registry,
        ConnectionPresence presence,
        TimeProvider time,
        RealtimeOptions options,
        IHostApplicationLifetime lifetime,
        ILogger<WebSocketRouter> logger)
    {
        var byAction = new Dictionary<string, IWebSocketActionHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            if (handler.Action is AuthenticationChallenge or Ping || string.IsNullOrEmpty(handler.Action))
            {
                throw new InvalidOperationException($"{handler.GetType().FullName} cannot handle the WebSocket action '{handler.Action}': the Platform handles it.");
            }

            if (!byAction.TryAdd(handler.Action, handler))
            {
                throw new InvalidOperationException(
                    $"Two handlers for the WebSocket action '{handler.Action}': {byAction[handler.Action].GetType().FullName} and {handler.GetType().FullName}.");
            }
        }

        _handlers = byAction.ToFrozenDictionary(StringComparer.Ordinal);
        _sessions = sessions;
        _currentUser = currentUser;
        _registry = registry;
        _presence = presence;
        _time = time;
        _options = options;
        _logger = logger;
        _stopping = lifetime.ApplicationStopping;
        _handleMessage = HandleAsync;

        // One registration for every connection rather than one per connection.
        _stopping.UnsafeRegister(static state => ((WebSocketRouter)state!).CloseAll(WebSocketCloseStatus.EndpointUnavailable), this);
    }

    /// <summary>Accepts the upgrade and serves the socket until it closes; <paramref name="principal"/> is the session found at the upgrade, if any.</summary>
    public async Task RunAsync(WebSocketManager webSockets, SessionPrincipal? principal)
    {
        using var socket = await webSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            KeepAliveInterval = _options.KeepAliveInterval,
            KeepAliveTimeout = _options.KeepAliveTimeout,
        });
        var connection = new WebSocketConnection(socket, _time, _options, _logger);
        if (principal is not null)
        {
            Register(connection, principal);
        }
        else
        {
            _unauthenticated.TryAdd(connection, 0);
            connection.StartAuthenticationDeadline(_options.AuthenticationTimeout);
        }

        if (_stopping.IsCancellationRequested)
        {
            connection.Close(WebSocketCloseStatus.EndpointUnavailable);
        }

        try
        {
            await connection.ReceiveAsync(_handleMessage);
        }
#pragma warning disable CA1031 // One connection's failure is logged and ends that connection only.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _logger.LogError(ex, "WebSocket connection {ConnectionId} failed", connection.Id);
            connection.Close(WebSocketCloseStatus.InternalServerError);
        }
        finally
        {
            _unauthenticated.TryRemove(connection, out _);
            _registry.Remove(connection);
            if (connection.Principal is { } registered)
            {
                _presence.Disconnected(registered.UserId);
            }

            await connection.CompleteAsync();
        }
    }

    private void CloseAll(WebSocketCloseStatus status)
    {
        // Unauthenticated first: one that authenticates meanwhile is in the registry by the time it is read.
        foreach (var connection in _unauthenticated.Keys)
        {
            connection.Close(status);
        }

        foreach (var connection in _registry.All())
        {
            connection.Close(status);
        }
    }

    private void Register(WebSocketConnection connection, SessionPrincipal principal)
    {
        if (!connection.TryAuthenticate(principal))
        {
            return;
        }

        // hello is queued before the connection becomes visible to publishers, so it is always seq 0.
        connection.EnqueueEvent(PreparedEvent.Hello(principal.UserId, connection.Id, SystemEndpoints.VersionId).PrefixFor(principal.UserId));
        _registry.Add(connection);
        _unauthenticated.TryRemove(connection, out _);
        _presence.Connected(principal.UserId);
    }

    private async Task HandleAsync(WebSocketConnection connection, ReadOnlyMemory<byte> message)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message);
        }
        catch (JsonException)
        {
            connection.Close(WebSocketCloseStatus.InvalidPayloadData);
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                connection.Close(WebSocketCloseStatus.InvalidPayloadData);
                return;
            }

            var seq = root.TryGetProperty("seq", out var seqElement) && seqElement.ValueKind == JsonValueKind.Number && seqElement.TryGetInt64(out var number) ? number : 0;
            var action = root.TryGetProperty("action", out var actionElement) && actionElement.ValueKind == JsonValueKind.String ? actionElement.GetString()! : "";
            var data = root.TryGetProperty("data", out var dataElement) ? dataElement : default;

            if (action.Length == 0)
            {
                connection.EnqueueReply(Failure(seq, new AppError("api.web_socket_router.no_action.app_error", "No websocket action.", "", 400)));
            }
            else if (seq <= 0)
            {
                connection.EnqueueReply(Failure(seq, new AppError("api.web_socket_router.bad_seq.app_error", "Invalid sequence for WebSocket message.", "", 400)));
            }
            else if (action == AuthenticationChallenge)
            {
                await AuthenticateAsync(connection, seq, data, _stopping);
            }
            else if (connection.Principal is not { } principal)
            {
                connection.EnqueueReply(Failure(seq, new AppError("api.web_socket_router.not_authenticated.app_error", "Not authenticated. Please log in and try again.", "", 401)));
            }
            else if (action == Ping)
            {
                connection.EnqueueReply(Success(seq, new Dictionary<string, object>
                {
                    ["text"] = "pong",
                    ["version"] = SystemEndpoints.ServerVersion,
                    ["server_time"] = _time.GetUtcNow().ToUnixTimeMilliseconds(),
                    ["node_id"] = "",
                }));
            }
            else if (!_handlers.TryGetValue(action, out var handler))
            {
                connection.EnqueueReply(Failure(seq, new AppError("api.web_socket_router.bad_action.app_error", "Unknown WebSocket action.", "", 500)));
            }
            else
            {
                // Pings are the client's timer, not its user; the active-status report says itself which it is.
                if (action != UpdateActiveStatusAction.Name)
                {
                    _presence.Active(principal.UserId);
                }

                connection.EnqueueReply(await InvokeAsync(handler, connection, principal, action, seq, data, _stopping));
            }
        }
    }

    private async Task AuthenticateAsync(WebSocketConnection connection, long seq, JsonElement data, CancellationToken stopping)
    {
        if (connection.Principal is not null)
        {
            return;
        }

        var token = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("token", out var tokenElement) && tokenElement.ValueKind == JsonValueKind.String
            ? tokenElement.GetString()!
            : "";
        SessionPrincipal? principal;
        try
        {
            principal = token.Length == 0 ? null : await _sessions.FindByTokenAsync(token, stopping);
        }
        catch (Exception ex) when (ApiErrorMiddleware.IsDatabaseUnavailable(ex))
        {
            _logger.LogWarning(ex, "Cannot authenticate WebSocket connection {ConnectionId}: the database is unavailable", connection.Id);
            connection.Close(WebSocketCloseStatus.InternalServerError);
            return;
        }

        if (principal is null)
        {
            connection.Close(WebSocketCloseStatus.PolicyViolation);
            return;
        }

        Register(connection, principal);
        connection.EnqueueReply(Success(seq, null));
    }

    private async Task<byte[]> InvokeAsync(IWebSocketActionHandler handler, WebSocketConnection connection, SessionPrincipal principal, string action, long seq, JsonElement data, CancellationToken stopping)
    {
        var context = new WebSocketActionContext
        {
            Action = action,
            Seq = seq,
            Data = data,
            UserId = principal.UserId,
            SessionId = principal.SessionId,
            ConnectionId = connection.Id,
        };
        try
        {
            using (_currentUser.Use(principal))
            {
                return Success(seq, await handler.HandleAsync(context, stopping));
            }
        }
        catch (AppErrorException ex)
        {
            return Failure(seq, ex.Error);
        }
#pragma warning disable CA1031 // A failing handler answers its client with an error and leaves the connection open.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _logger.LogError(ex, "WebSocket action {Action} failed", action);
            return Failure(seq, new AppError("api.web_socket_handler.unexpected.app_error", "An unexpected error occurred.", "", 500));
        }
    }

    /// <summary>Mattermost's <c>{"status":"OK","seq_reply":n,"data":{...}}</c>; <c>data</c> left out when null.</summary>
    private static byte[] Success(long seq, object? data) => Reply(seq, "OK", writer =>
    {
        if (data is not null)
        {
            writer.WritePropertyName("data"u8);
            JsonSerializer.Serialize(writer, data, ApiJson.Options);
        }
    });

    /// <summary>Mattermost's <c>{"status":"FAIL","seq_reply":n,"error":{id, message, detailed_error, status_code}}</c>.</summary>
    private static byte[] Failure(long seq, AppError error) => Reply(seq, "FAIL", writer =>
    {
        writer.WriteStartObject("error"u8);
        writer.WriteString("id"u8, error.Id);
        writer.WriteString("message"u8, error.Message);
        writer.WriteString("detailed_error"u8, "");
        writer.WriteNumber("status_code"u8, error.StatusCode);
        writer.WriteEndObject();
    });

    private static byte[] Reply(long seq, string status, Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("status"u8, status);

            // Mattermost leaves out a zero seq_reply, and its client takes any truthy seq_reply for a reply.
            if (seq != 0)
            {
                writer.WriteNumber("seq_reply"u8, seq);
            }

            body(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
