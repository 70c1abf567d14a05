using Suite.Platform.Mediator;

namespace Suite.Platform.Presence.GetUserStatusesByIds;

internal sealed class GetUserStatusesByIdsHandler(IPresence presence) : IRequestHandler<GetUserStatusesByIdsRequest, IReadOnlyList<UserStatus>>
{
    public Task<IReadOnlyList<UserStatus>> Handle(GetUserStatusesByIdsRequest request, CancellationToken cancellationToken) =>
        presence.GetStatusesAsync(request.UserIds.Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
}
