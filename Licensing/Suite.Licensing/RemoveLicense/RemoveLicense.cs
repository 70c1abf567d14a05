using Suite.Platform.Mediator;

namespace Suite.Licensing.RemoveLicense;

/// <summary>Makes the server unlicensed (<c>DELETE /api/v4/license</c>); the stored license stays on record.</summary>
internal sealed record RemoveLicense : IRequest, ISystemAdminRequest;
