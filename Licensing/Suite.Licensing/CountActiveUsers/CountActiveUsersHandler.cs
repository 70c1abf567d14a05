using Suite.Licensing.Storage;
using Suite.Platform.Mediator;

namespace Suite.Licensing.CountActiveUsers;

internal sealed class CountActiveUsersHandler(PlatformUsers users) : IRequestHandler<CountActiveUsers, long>
{
    public Task<long> Handle(CountActiveUsers request, CancellationToken cancellationToken) => users.CountActiveAsync(cancellationToken);
}
