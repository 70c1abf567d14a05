using Suite.Platform.Mediator;

namespace Suite.Channels.Realtime.NotifyTyping;

/// <summary>
/// The caller is typing in a channel (or in a thread of it when <see cref="ParentId"/> is set): the
/// channel's other members get a <c>typing</c> event. Sent by the WebSocket's <c>user_typing</c> action and the web app.
/// </summary>
internal sealed record NotifyTypingRequest(string ChannelId, string ParentId) : IRequest<Unit>;
