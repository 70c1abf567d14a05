using Suite.Platform.Mediator;

namespace Suite.Licensing.GetClientLicense;

/// <summary>The client license (<c>GET /api/v4/license/client?format=old</c>): anyone may ask; only system admins see the details.</summary>
internal sealed record GetClientLicense : IRequest<Dictionary<string, string>>, IAnonymousRequest;
