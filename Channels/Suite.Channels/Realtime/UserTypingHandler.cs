using System.Text.Json;
using Suite.Channels.Realtime.NotifyTyping;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;
using Suite.Platform.Realtime;

namespace Suite.Channels.Realtime;

/// <summary>The client's <c>user_typing</c> action (<c>{channel_id, parent_id}</c>) is a <see cref="NotifyTypingRequest"/> as the connection's user.</summary>
internal sealed class UserTypingHandler(ISender sender) : IWebSocketActionHandler
{
    public string Action => "user_typing";

    public async ValueTask<object?> HandleAsync(WebSocketActionContext context, CancellationToken cancellationToken)
    {
        var channelId = Text(context.Data, "channel_id");
        var parentId = Text(context.Data, "parent_id");
        if (!Ids.IsValid(channelId) || (parentId.Length > 0 && !Ids.IsValid(parentId)))
        {
            throw AppErrorException.InvalidBody("channel_id");
        }

        await sender.Send(new NotifyTypingRequest(channelId, parentId), cancellationToken);
        return null;
    }

    private static string Text(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
