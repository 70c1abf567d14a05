using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Licensing.Compliance.ExportUsers;

/// <summary>
/// Every account, active or deactivated, with its roles and dates, as CSV for auditors
/// (<c>GET /api/v4/compliance/users/export</c>). An Enterprise compliance feature.
/// </summary>
[RequiresFeature("compliance")]
internal sealed record ExportUsersForCompliance : IRequest<IReadOnlyList<UserResponse>>, ISystemAdminRequest;
