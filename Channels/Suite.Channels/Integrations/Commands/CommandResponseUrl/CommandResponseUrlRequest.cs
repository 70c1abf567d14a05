using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.CommandResponseUrl;

/// <summary>
/// <c>POST /hooks/commands/{id}</c>: a custom command's delayed reply. No session: the id, random per
/// execution, is the secret; it takes a few replies within a limited time.
/// </summary>
internal sealed record CommandResponseUrlRequest(string ResponseUrlId, CommandResponseBody Response) : IRequest<Unit>, IAnonymousRequest;
