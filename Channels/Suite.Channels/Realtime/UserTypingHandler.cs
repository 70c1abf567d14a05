using System.Text.Json;
using Suite.Channels.Channels;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Realtime;

namespace Suite.Channels.Realtime;

/// <summary>The client's <c>user_typing</c> action (<c>{channel_id, parent_id}</c>) becomes a <c>typing</c> event for the channel's other members.</summary>
internal sealed class UserTypingHandler(ChannelStore store, ChannelEvents events) : IWebSocketActionHandler
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

        if (!await store.IsMemberAsync(channelId, context.UserId, cancellationToken))
        {
            throw AppErrorException.Forbidden("Only members of the channel may type in it.");
        }

        await events.TypingAsync(channelId, context.UserId, parentId, cancellationToken);
        return null;
    }

    private static string Text(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
