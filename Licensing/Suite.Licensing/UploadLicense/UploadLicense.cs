using Suite.Licensing.Signing;
using Suite.Platform.Mediator;

namespace Suite.Licensing.UploadLicense;

/// <summary>Installs an uploaded license file (<c>POST /api/v4/license</c>).</summary>
/// <param name="LicenseText">The file's text; null when the request had none.</param>
/// <param name="FileCount">How many files the field held.</param>
internal sealed record UploadLicense(string? LicenseText, int FileCount) : IRequest<License>, ISystemAdminRequest;
