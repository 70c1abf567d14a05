using Suite.Platform.Mediator;

namespace Suite.Licensing.GetPreviousTrialLicense;

/// <summary>The installation's earlier trial in client-license shape (<c>GET /api/v4/trial-license/prev</c>); details for system admins only.</summary>
internal sealed record GetPreviousTrialLicense : IRequest<Dictionary<string, string>>;
