using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Suite.Platform.Realtime;

/// <summary>
/// Handles one action clients send over <c>/api/v4/websocket</c> (Mattermost's
/// <c>{seq, action, data}</c>), for example <c>user_typing</c>. Register with
/// <see cref="WebSocketActionServiceCollectionExtensions.AddWebSocketAction{THandler}"/>; one
/// handler per action name. Handlers run only for authenticated connections, one message at a
/// time per connection, with the connection's user as the current user.
/// </summary>
public interface IWebSocketActionHandler
{
    /// <summary>The action name this handler answers, for example <c>user_typing</c>.</summary>
    string Action { get; }

    /// <summary>
    /// Handles the action. The returned object becomes the reply's <c>data</c> (null: no data);
    /// an <see cref="Errors.AppErrorException"/> becomes a <c>FAIL</c> reply with its error.
    /// </summary>
    ValueTask<object?> HandleAsync(WebSocketActionContext context, CancellationToken cancellationToken);
}

/// <summary>One action received from a client.</summary>
public sealed class WebSocketActionContext
{
    /// <summary>The action name.</summary>
    public required string Action { get; init; }

    /// <summary>The client's sequence number for this message (<c>seq</c>), echoed as <c>seq_reply</c>.</summary>
    public required long Seq { get; init; }

    /// <summary>The message's <c>data</c>; <see cref="JsonValueKind.Undefined"/> when absent. Valid only during the call.</summary>
    public required JsonElement Data { get; init; }

    /// <summary>The connection's user.</summary>
    public required string UserId { get; init; }

    /// <summary>The session the connection authenticated with.</summary>
    public required string SessionId { get; init; }

    /// <summary>The connection's id, as sent in its <c>hello</c>; useful for <see cref="Broadcast.OmitConnectionId"/>.</summary>
    public required string ConnectionId { get; init; }
}

/// <summary>Registers WebSocket action handlers.</summary>
public static class WebSocketActionServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="THandler"/> as a singleton handler for its action.</summary>
    public static IServiceCollection AddWebSocketAction<THandler>(this IServiceCollection services)
        where THandler : class, IWebSocketActionHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IWebSocketActionHandler, THandler>();
        return services;
    }
}
