using Suite.Platform.Mediator;

namespace Suite.Channels.Contracts;

/// <summary>Reads a post by id, without permission checks; null when there is none or it was deleted.</summary>
public sealed record GetPostInfo(string PostId) : IRequest<PostInfo?>, IAnonymousRequest;
