using System.Text.Json;
using Suite.Platform.Errors;
using Suite.Platform.Realtime;

namespace Suite.Platform.Presence;

/// <summary><c>get_statuses_by_ids</c> <c>{user_ids}</c>: a map of user id to status, as Mattermost's reply.</summary>
internal sealed class GetStatusesByIdsAction(IPresence presence) : IWebSocketActionHandler
{
    private const int MaxIds = 1000;

    public string Action => "get_statuses_by_ids";

    public async ValueTask<object?> HandleAsync(WebSocketActionContext context, CancellationToken cancellationToken)
    {
        if (context.Data.ValueKind != JsonValueKind.Object
            || !context.Data.TryGetProperty("user_ids", out var ids)
            || ids.ValueKind != JsonValueKind.Array
            || ids.GetArrayLength() is 0 or > MaxIds
            || ids.EnumerateArray().Any(id => id.ValueKind != JsonValueKind.String || !Ids.IsValid(id.GetString()!)))
        {
            throw new AppErrorException(400, "api.websocket_handler.invalid_param.app_error", "Invalid user_ids parameter.");
        }

        var statuses = await presence.GetStatusesAsync(ids.EnumerateArray().Select(id => id.GetString()!).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        return statuses.ToDictionary(s => s.UserId, s => s.Status, StringComparer.Ordinal);
    }
}

/// <summary>
/// <c>user_update_active_status</c> <c>{user_is_active, manual}</c>: the web client reports whether its
/// user is active; inactive makes an automatically online user away, active brings them back.
/// </summary>
internal sealed class UpdateActiveStatusAction(ConnectionPresence connections) : IWebSocketActionHandler
{
    public const string Name = "user_update_active_status";

    public string Action => Name;

    public ValueTask<object?> HandleAsync(WebSocketActionContext context, CancellationToken cancellationToken)
    {
        if (context.Data.ValueKind != JsonValueKind.Object
            || !context.Data.TryGetProperty("user_is_active", out var active)
            || active.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw new AppErrorException(400, "api.websocket_handler.invalid_param.app_error", "Invalid user_is_active parameter.");
        }

        if (active.GetBoolean())
        {
            connections.Active(context.UserId);
        }
        else
        {
            connections.Inactive(context.UserId);
        }

        return ValueTask.FromResult<object?>(null);
    }
}
