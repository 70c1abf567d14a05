using Suite.Licensing.Storage;
using Suite.Platform.Mediator;

namespace Suite.Licensing.Compliance.ExportUsers;

internal sealed class ExportUsersForComplianceHandler(PlatformUsers users)
    : IRequestHandler<ExportUsersForCompliance, IReadOnlyList<PlatformUser>>
{
    public Task<IReadOnlyList<PlatformUser>> Handle(ExportUsersForCompliance request, CancellationToken cancellationToken) =>
        users.ListAllAsync(cancellationToken);
}
