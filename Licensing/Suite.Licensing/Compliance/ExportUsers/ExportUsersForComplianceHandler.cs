using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Licensing.Compliance.ExportUsers;

internal sealed class ExportUsersForComplianceHandler(ISender sender)
    : IRequestHandler<ExportUsersForCompliance, IReadOnlyList<UserResponse>>
{
    public Task<IReadOnlyList<UserResponse>> Handle(ExportUsersForCompliance request, CancellationToken cancellationToken) =>
        sender.Send(new ListAllUsersRequest(), cancellationToken);
}
