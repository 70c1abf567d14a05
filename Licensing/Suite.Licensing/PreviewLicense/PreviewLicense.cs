using Suite.Licensing.Signing;
using Suite.Platform.Mediator;

namespace Suite.Licensing.PreviewLicense;

/// <summary>Verifies and decodes a license file without installing it (<c>POST /api/v4/license/preview</c>).</summary>
/// <param name="LicenseText">The file's text; null when the request had none.</param>
/// <param name="FileCount">How many files the field held.</param>
internal sealed record PreviewLicense(string? LicenseText, int FileCount) : IRequest<License>, ISystemAdminRequest;
