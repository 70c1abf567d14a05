using System.Collections.Concurrent;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Realtime;

namespace Suite.Platform.Tests.Realtime;

/// <summary>Channel members as a test declares them, standing in for the Channels module's audience.</summary>
internal sealed class TestChannelAudience : IChannelAudience
{
    public ConcurrentDictionary<string, string[]> Members { get; } = new();

    public ValueTask<IReadOnlyCollection<string>> GetMemberIdsAsync(string channelId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyCollection<string>>(Members.TryGetValue(channelId, out var members) ? members : []);
}

/// <summary>Answers <c>test_echo</c> with its data and the user the handler ran as.</summary>
internal sealed class EchoAction(ICurrentUser currentUser) : IWebSocketActionHandler
{
    public string Action => "test_echo";

    public ValueTask<object?> HandleAsync(WebSocketActionContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<object?>(new Dictionary<string, object?>
        {
            ["echo"] = context.Data.GetProperty("text").GetString(),
            ["current_user_id"] = currentUser.UserId,
            ["connection_user_id"] = context.UserId,
        });
}

/// <summary>Refuses <c>test_refuse</c> with a Mattermost error.</summary>
internal sealed class RefusingAction : IWebSocketActionHandler
{
    public string Action => "test_refuse";

    public ValueTask<object?> HandleAsync(WebSocketActionContext context, CancellationToken cancellationToken) =>
        throw new AppErrorException(403, "api.test.refused.app_error", "Refused for the test.", "details stay on the server");
}
