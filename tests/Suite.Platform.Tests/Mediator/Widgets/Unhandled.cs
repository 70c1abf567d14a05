using Suite.Platform.Mediator;

namespace Suite.Platform.Tests.Mediator.Widgets;

/// <summary>No handler anywhere: as a request of a module that is not enabled.</summary>
internal sealed record FeedTheUnicorn : IRequest<int>, IAnonymousRequest;
