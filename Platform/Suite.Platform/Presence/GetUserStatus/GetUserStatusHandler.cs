using Suite.Platform.Mediator;

namespace Suite.Platform.Presence.GetUserStatus;

internal sealed class GetUserStatusHandler(IPresence presence) : IRequestHandler<GetUserStatusRequest, UserStatus>
{
    public async Task<UserStatus> Handle(GetUserStatusRequest request, CancellationToken cancellationToken)
    {
        var statuses = await presence.GetStatusesAsync([request.UserId], cancellationToken);
        return statuses.Count > 0 ? statuses[0] : throw StatusErrors.UserNotFound();
    }
}
