using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Licensing.CountActiveUsers;

internal sealed class CountActiveUsersHandler(ISender sender) : IRequestHandler<CountActiveUsers, long>
{
    public Task<long> Handle(CountActiveUsers request, CancellationToken cancellationToken) => sender.Send(new CountLicensedUsersRequest(), cancellationToken);
}
